namespace Parley.Reading;

/// <summary>
/// Measures how deeply a page nests its elements, in one pass over the raw markup and before any
/// parser sees it. HTML parsers slow down quadratically on pathologically deep pages (100,000 nested
/// <c>&lt;div&gt;</c>s take minutes), so such pages are refused rather than parsed.
/// </summary>
public static class HtmlNestingGuard
{
    // Elements that never take a closing tag, and elements whose closing tag pages commonly omit;
    // counting either would inflate the depth of ordinary pages.
    private static readonly HashSet<string> Uncounted = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "td", "th", "tr", "option", "dt", "dd", "!doctype",
    };

    /// <summary>The deepest nesting of counted elements, stopping early once <paramref name="limit"/> is passed.</summary>
    public static int MaxDepth(ReadOnlySpan<char> html, int limit)
    {
        var depth = 0;
        var max = 0;
        var i = 0;
        while ((i = NextTag(html, i)) >= 0)
        {
            var closing = i + 1 < html.Length && html[i + 1] == '/';
            var nameStart = closing ? i + 2 : i + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsLetterOrDigit(html[nameEnd]) || html[nameEnd] is '!' or '-' or ':'))
                nameEnd++;
            var tagEnd = html[nameEnd..].IndexOf('>');
            if (tagEnd < 0)
                break;
            tagEnd += nameEnd;
            var name = html[nameStart..nameEnd];
            if (name.StartsWith("!--"))
            {
                var commentEnd = html[nameStart..].IndexOf("-->");
                i = commentEnd < 0 ? html.Length : nameStart + commentEnd + 3;
                continue;
            }
            var selfClosing = html[tagEnd - 1] == '/';
            if (name.Length > 0 && !selfClosing && !Uncounted.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name))
            {
                depth = closing ? Math.Max(0, depth - 1) : depth + 1;
                if (depth > max && (max = depth) > limit)
                    return max;
            }
            i = SkipRawText(html, name, closing, tagEnd + 1);
        }
        return max;
    }

    private static int NextTag(ReadOnlySpan<char> html, int from)
    {
        var offset = html[from..].IndexOf('<');
        return offset < 0 ? -1 : from + offset;
    }

    /// <summary>Script and style bodies may contain '&lt;' that are not tags.</summary>
    private static int SkipRawText(ReadOnlySpan<char> html, ReadOnlySpan<char> name, bool closing, int from)
    {
        if (closing || !(name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase)))
            return from;
        var end = html[from..].IndexOf(closingTagPrefix: "</", name);
        return end < 0 ? html.Length : from + end;
    }

    private static int IndexOf(this ReadOnlySpan<char> html, string closingTagPrefix, ReadOnlySpan<char> name)
    {
        var searched = 0;
        while (true)
        {
            var at = html[searched..].IndexOf(closingTagPrefix, StringComparison.Ordinal);
            if (at < 0)
                return -1;
            at += searched;
            var candidate = html[(at + 2)..];
            if (candidate.Length >= name.Length && candidate[..name.Length].Equals(name, StringComparison.OrdinalIgnoreCase))
                return at;
            searched = at + 2;
        }
    }
}
