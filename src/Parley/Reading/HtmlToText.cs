using System.Text;
using AngleSharp.Dom;

namespace Parley.Reading;

/// <summary>
/// Renders an HTML element's content as plain text for the pipeline: block elements become
/// paragraphs separated by blank lines, list items become "- " lines, headings stand on their own
/// line, <c>&lt;br&gt;</c> is a line break and runs of whitespace collapse. Walks iteratively, so
/// nesting depth cannot exhaust the stack.
/// </summary>
public static class HtmlToText
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "iframe", "button", "select", "textarea", "head", "nav", "form",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "blockquote", "pre", "figure", "figcaption",
        "table", "tr", "ul", "ol", "dl", "dt", "dd", "address", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "details", "summary",
    };

    /// <summary>The text of <paramref name="root"/>'s content.</summary>
    public static string Render(INode root)
    {
        var output = new StringBuilder();
        var pendingBreak = Break.None;
        var stack = new Stack<(INode Node, bool Leaving)>();
        PushChildren(stack, root);
        while (stack.Count > 0)
        {
            var (node, leaving) = stack.Pop();
            if (node is IText text)
            {
                AppendCollapsed(output, text.Data, ref pendingBreak);
                continue;
            }
            if (node is not IElement element || Skipped.Contains(element.LocalName))
                continue;
            var name = element.LocalName;
            if (leaving)
            {
                if (Blocks.Contains(name) || name == "li")
                    pendingBreak = Break.Paragraph;
                continue;
            }
            if (name == "br")
            {
                pendingBreak = pendingBreak == Break.None ? Break.Line : pendingBreak;
                continue;
            }
            if (name == "li")
            {
                pendingBreak = Break.Paragraph;
                Flush(output, ref pendingBreak, singleLine: true);
                output.Append("- ");
            }
            else if (Blocks.Contains(name))
                pendingBreak = Break.Paragraph;
            stack.Push((node, true));
            PushChildren(stack, node);
        }
        return output.ToString().Trim();
    }

    private static void PushChildren(Stack<(INode, bool)> stack, INode node)
    {
        for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
            stack.Push((child, false));
    }

    private static void AppendCollapsed(StringBuilder output, string data, ref Break pendingBreak)
    {
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                if (output.Length > 0 && pendingBreak == Break.None && output[^1] != ' ' && output[^1] != '\n')
                    pendingBreak = Break.Space;
                continue;
            }
            Flush(output, ref pendingBreak, singleLine: false);
            output.Append(c);
        }
    }

    private static void Flush(StringBuilder output, ref Break pendingBreak, bool singleLine)
    {
        if (output.Length > 0)
        {
            while (output.Length > 0 && output[^1] == ' ')
                output.Length--;
            switch (pendingBreak)
            {
                case Break.Space:
                    output.Append(' ');
                    break;
                case Break.Line:
                    output.Append('\n');
                    break;
                case Break.Paragraph:
                    // Consecutive list items stay in one list: a single line break between them.
                    output.Append(singleLine && EndsWithListItem(output) ? "\n" : "\n\n");
                    break;
            }
        }
        pendingBreak = Break.None;
    }

    private static bool EndsWithListItem(StringBuilder output)
    {
        var lineStart = output.Length;
        while (lineStart > 0 && output[lineStart - 1] != '\n')
            lineStart--;
        return output.Length - lineStart >= 2 && output[lineStart] == '-' && output[lineStart + 1] == ' ';
    }

    private enum Break
    {
        None,
        Space,
        Line,
        Paragraph,
    }
}
