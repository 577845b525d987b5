using System.Collections.Immutable;
using Parley.Documents;
using Parley.Pipeline;

namespace Parley.Text;

/// <summary>
/// The "layout" component: groups lines into paragraphs, headings and list items. Text scraped from
/// web pages often breaks a sentence around each inline link ("…for the upcoming" / "Kyiv Talks" /
/// ". The arrival of the"); such lines are re-joined into their block, while short lines that
/// introduce what follows stay headings and bulleted lines stay list items. Offsets are never changed:
/// a block simply spans the line breaks judged to be soft.
/// </summary>
public sealed class LayoutAnalyzer(TextLexicon lexicon) : IPipelineComponent
{
    private const int MaxHeadingWords = 20;
    private const int MaxQuestionHeadingWords = 12;
    private const int MaxLinkFragmentWords = 6;

    /// <summary>A layout analyser using the shipped lexicon.</summary>
    public LayoutAnalyzer() : this(TextLexicon.Default) { }

    /// <inheritdoc />
    public string Name => "layout";

    /// <inheritdoc />
    public IReadOnlyList<string> Requires => [Annotations.MatchText];

    /// <inheritdoc />
    public IReadOnlyList<string> Assigns => [Annotations.Blocks];

    /// <inheritdoc />
    public void Process(Document document, CancellationToken cancellationToken)
    {
        var text = document.MatchText;
        var lines = Lines(text);
        var softWraps = UsesBlankLineParagraphs(lines);
        var blocks = ImmutableArray.CreateBuilder<Block>();
        OpenBlock? open = null;
        var blankBefore = false;
        for (var n = 0; n < lines.Count; n++)
        {
            if ((n & 0xFFF) == 0)
                cancellationToken.ThrowIfCancellationRequested();
            var line = lines[n];
            if (line.IsBlank)
            {
                blankBefore = true;
                continue;
            }
            var content = text.AsSpan(line.Start, line.Length);
            var following = n + 1 < lines.Count ? text.AsSpan(lines[n + 1].Start, lines[n + 1].Length) : [];
            if (open is { } current && !blankBefore && Continues(current, content, following, text, softWraps))
                open = current with { End = line.End, Lines = current.Lines + 1 };
            else
            {
                if (open is { } finished)
                    blocks.Add(Close(finished, text));
                open = new OpenBlock(line.Start, line.End, IsBullet(content) ? BlockKind.ListItem : BlockKind.Paragraph, 1);
            }
            blankBefore = false;
        }
        if (open is { } last)
            blocks.Add(Close(last, text));
        document.Blocks = blocks.DrainToImmutable();
    }

    /// <summary>Whether a non-blank line directly below an open block belongs to it.</summary>
    /// <param name="block">The block so far.</param>
    /// <param name="line">The line in question.</param>
    /// <param name="following">The line after it, empty when blank or absent.</param>
    /// <param name="text">The document's match text.</param>
    /// <param name="softWraps">Whether single line breaks are wrapping.</param>
    private bool Continues(OpenBlock block, ReadOnlySpan<char> line, ReadOnlySpan<char> following, string text, bool softWraps)
    {
        if (IsBullet(line))
            return false;
        if (StartsAsContinuation(line))
            return true;
        var blockText = text.AsSpan(block.Start, block.End - block.Start);
        if (EndsWithContinuationWord(blockText))
            return true;
        if (block.Kind == BlockKind.ListItem)
            return false;
        // A short unfinished line squeezed between an unfinished block and a line that carries on the
        // sentence is a link cut out of it: "…for the upcoming" / "Kyiv Talks" / ". The arrival".
        if (!EndsClosed(blockText) && !following.IsEmpty && StartsAsContinuation(following)
            && CountWords(line, out _) <= MaxLinkFragmentWords && !EndsClosed(line))
            return true;
        if (!EndsClosed(blockText))
            return block.Lines > 1 || !IsHeadingLike(blockText);
        return softWraps && block.Kind == BlockKind.Paragraph && !(block.Lines == 1 && IsHeadingLike(blockText));
    }

    private Block Close(OpenBlock block, string text)
    {
        var kind = block.Kind;
        if (kind == BlockKind.Paragraph && block.Lines == 1
            && IsHeadingLike(text.AsSpan(block.Start, block.End - block.Start)))
            kind = BlockKind.Heading;
        return new Block(block.Start, block.End, kind);
    }

    /// <summary>
    /// A single short line without a final period that does not trail off into a function word;
    /// a question or exclamation counts when it is short and in title case.
    /// </summary>
    private bool IsHeadingLike(ReadOnlySpan<char> line)
    {
        if (IsBullet(line) || !StartsAsSentence(line) || EndsWithContinuationWord(line))
            return false;
        var words = CountWords(line, out var capitalised);
        var last = LastSignificantChar(line);
        if (last is '?' or '!')
            return words <= MaxQuestionHeadingWords && capitalised * 2 > words;
        return words <= MaxHeadingWords && !EndsClosed(line) && last is not (',' or '-');
    }

    private static bool IsBullet(ReadOnlySpan<char> line)
    {
        if (line.Length >= 2 && line[0] is '-' or '*' or '\u2022' or '\u00B7' or '\u25AA' or '\u25CF' or '\u2023'
            && char.IsWhiteSpace(line[1]))
            return true;
        var digits = 0;
        while (digits < line.Length && digits < 3 && char.IsDigit(line[digits]))
            digits++;
        return digits is 1 or 2 && line.Length > digits + 1 && line[digits] is '.' or ')' && line[digits + 1] == ' ';
    }

    /// <summary>A line that cannot open a sentence: lower case, closing punctuation, or a possessive "'s".</summary>
    private static bool StartsAsContinuation(ReadOnlySpan<char> line)
    {
        var c = line[0];
        if (char.IsLower(c) || c is '.' or ',' or ';' or ':' or ')' or ']' or '}' or '%' or '?' or '!' or '\u2026')
            return true;
        return c == '\'' && line.Length > 1 && line[1] is 's' or 'S' && (line.Length == 2 || !char.IsLetter(line[2]));
    }

    private static bool StartsAsSentence(ReadOnlySpan<char> line) =>
        char.IsUpper(line[0]) || char.IsDigit(line[0]) || line[0] is '"' or '\'' or '(' or '[';

    private bool EndsWithContinuationWord(ReadOnlySpan<char> text)
    {
        var end = text.Length;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
            end--;
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
            start--;
        if (start == end)
            return end > 0 && text[end - 1] is ',' or '-' or '(' or '&';
        return (start == 0 || !char.IsPunctuation(text[start - 1]) || text[start - 1] is '\'' or '-')
            && lexicon.IsContinuationWord(text[start..end]);
    }

    /// <summary>Ends with sentence-final punctuation, possibly followed by closing quotes or brackets.</summary>
    private static bool EndsClosed(ReadOnlySpan<char> text) => LastSignificantChar(text) is '.' or '!' or '?' or ':' or ';' or '\u2026';

    private static char LastSignificantChar(ReadOnlySpan<char> text)
    {
        var end = text.Length - 1;
        while (end >= 0 && (char.IsWhiteSpace(text[end]) || text[end] is '"' or '\'' or ')' or ']'))
            end--;
        return end >= 0 ? text[end] : '\0';
    }

    /// <summary>Whitespace-separated words, and how many of them start with a capital or a digit.</summary>
    private static int CountWords(ReadOnlySpan<char> line, out int capitalised)
    {
        var words = 0;
        capitalised = 0;
        foreach (var range in line.SplitAny(" \t"))
        {
            var word = line[range];
            if (word.IsEmpty)
                continue;
            words++;
            if (char.IsUpper(word[0]) || char.IsDigit(word[0]))
                capitalised++;
        }
        return words;
    }

    /// <summary>
    /// Text whose paragraphs are separated by blank lines treats single line breaks as wrapping; text
    /// without blank lines (one block per line, as scraped pages come) treats them as block ends unless
    /// the line reads as a continuation.
    /// </summary>
    private static bool UsesBlankLineParagraphs(List<Line> lines)
    {
        var blank = 0;
        var filled = 0;
        for (var n = 1; n < lines.Count; n++)
        {
            if (!lines[n].IsBlank)
                filled++;
            else if (!lines[n - 1].IsBlank)
                blank++;
        }
        return blank > 0 && blank * 8 >= filled;
    }

    private static List<Line> Lines(string text)
    {
        var lines = new List<Line>();
        var start = 0;
        while (start <= text.Length)
        {
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline;
            var s = start;
            var e = end;
            while (s < e && char.IsWhiteSpace(text[s]))
                s++;
            while (e > s && char.IsWhiteSpace(text[e - 1]))
                e--;
            lines.Add(new Line(s, e));
            if (newline < 0)
                break;
            start = newline + 1;
        }
        return lines;
    }

    private readonly record struct Line(int Start, int End)
    {
        public int Length => End - Start;
        public bool IsBlank => End <= Start;
    }

    private readonly record struct OpenBlock(int Start, int End, BlockKind Kind, int Lines);
}
