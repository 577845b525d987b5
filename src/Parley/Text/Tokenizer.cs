using System.Collections.Immutable;
using Parley.Documents;
using Parley.Pipeline;

namespace Parley.Text;

/// <summary>
/// Splits the text into words, numbers, abbreviations, clitics and punctuation. Whitespace is never
/// part of a token, so the text rebuilds exactly from the tokens and the gaps between them.
/// Works on the match text, so curly and straight apostrophes behave alike.
/// </summary>
public sealed class Tokenizer(TextLexicon lexicon) : IPipelineComponent
{
    /// <summary>A tokenizer using the shipped lexicon.</summary>
    public Tokenizer() : this(TextLexicon.Default) { }

    /// <inheritdoc />
    public string Name => "tokenizer";

    /// <inheritdoc />
    public IReadOnlyList<string> Requires => [Annotations.MatchText];

    /// <inheritdoc />
    public IReadOnlyList<string> Assigns => [Annotations.Tokens];

    /// <inheritdoc />
    public void Process(Document document, CancellationToken cancellationToken)
    {
        var text = document.MatchText.AsSpan();
        // News prose averages about six characters per token; start there to avoid regrowth.
        var tokens = ImmutableArray.CreateBuilder<Token>(text.Length / 6 + 16);
        Tokenize(text, tokens, cancellationToken);
        document.Tokens = tokens.Count == tokens.Capacity ? tokens.MoveToImmutable() : tokens.ToImmutable();
    }

    /// <summary>Appends the tokens of <paramref name="text"/> (match text) to <paramref name="tokens"/>; lexicon phrases use it without building a document.</summary>
    internal void Tokenize(ReadOnlySpan<char> text, ImmutableArray<Token>.Builder tokens, CancellationToken cancellationToken)
    {
        var i = 0;
        while (i < text.Length)
        {
            if ((i & 0xFFFF) == 0)
                cancellationToken.ThrowIfCancellationRequested();
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            var token = char.IsLetter(c) ? ReadWord(text, i)
                : char.IsDigit(c) ? ReadNumber(text, i)
                : ReadPunctuation(text, i);
            tokens.Add(token);
            i = token.End;
        }
    }

    private Token ReadWord(ReadOnlySpan<char> text, int start)
    {
        var acronym = ReadAcronym(text, start);
        if (acronym > start)
            return new Token(start, acronym, TokenKind.Abbreviation);

        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                i++;
                continue;
            }
            // Inner hyphens and apostrophes join word parts ("US-Ukraine", "F-16", "O'Brien"), but a
            // possessive "'s" stays a clitic of its own.
            if (i + 1 < text.Length
                && ((c == '-' && char.IsLetterOrDigit(text[i + 1]) && !StartsParticiple(text, start, i))
                    || (c == '\'' && char.IsLetter(text[i + 1]) && !IsClitic(text, i))))
            {
                i += 2;
                continue;
            }
            break;
        }
        var word = text[start..i];
        if (i < text.Length && text[i] == '.' && IsAbbreviation(word))
            return new Token(start, i + 1, TokenKind.Abbreviation);
        return new Token(start, i, TokenKind.Word);
    }

    /// <summary>
    /// Whether the hyphen at <paramref name="hyphen"/> joins a name to a participle of <c>text/hyphen-participles.txt</c>
    /// ("Qatar-brokered", "Saudi-led"): the name and the participle are words of their own, as in "U.S.-brokered",
    /// so the mediator is a party and "brokered" a cue. Not a name followed by more of itself ("Al-Ahli").
    /// </summary>
    private bool StartsParticiple(ReadOnlySpan<char> text, int start, int hyphen)
    {
        if (!char.IsUpper(text[start]) || text[start..hyphen].Contains('-'))
            return false;
        var end = hyphen + 1;
        while (end < text.Length && char.IsLetter(text[end]))
            end++;
        return (end == text.Length || !(char.IsLetterOrDigit(text[end]) || text[end] == '-')) && lexicon.IsHyphenParticiple(text[(hyphen + 1)..end]);
    }

    /// <summary>"U.S.", "a.m.", "e.g.": single letters each followed by a period, at least two of them.</summary>
    private static int ReadAcronym(ReadOnlySpan<char> text, int start)
    {
        var i = start;
        var letters = 0;
        while (i + 1 < text.Length && char.IsLetter(text[i]) && text[i + 1] == '.'
               && (i == start || text[i - 1] == '.'))
        {
            i += 2;
            letters++;
            if (i < text.Length && char.IsLetter(text[i]) && (i + 1 >= text.Length || text[i + 1] != '.'))
                return start; // "U.Sx" is not an acronym
        }
        return letters >= 2 ? i : start;
    }

    private bool IsAbbreviation(ReadOnlySpan<char> word) =>
        (word.Length == 1 && char.IsUpper(word[0])) || lexicon.Abbreviation(word) != AbbreviationClass.None;

    /// <summary>True at an apostrophe that starts "'s" at the end of a word.</summary>
    private static bool IsClitic(ReadOnlySpan<char> text, int apostrophe) =>
        apostrophe + 1 < text.Length && text[apostrophe] == '\'' && (text[apostrophe + 1] is 's' or 'S')
        && (apostrophe + 2 >= text.Length || !char.IsLetter(text[apostrophe + 2]));

    private static Token ReadNumber(ReadOnlySpan<char> text, int start)
    {
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsDigit(c))
                i++;
            else if ((c is '.' or ',') && i + 1 < text.Length && char.IsDigit(text[i + 1]))
                i += 2;
            else
                break;
        }
        // Unit and ordinal suffixes belong to the number: "50bn", "3rd", "155mm".
        while (i < text.Length && char.IsLetter(text[i]))
            i++;
        return new Token(start, i, TokenKind.Number);
    }

    private static Token ReadPunctuation(ReadOnlySpan<char> text, int start)
    {
        var c = text[start];
        if (c == '\'' && IsClitic(text, start))
            return new Token(start, start + 2, TokenKind.Clitic);
        if (c is '.' or '!' or '?' or '\u2026')
        {
            var i = start + 1;
            while (i < text.Length && text[i] is '.' or '!' or '?' or '\u2026')
                i++;
            return new Token(start, i, TokenKind.Terminal);
        }
        var end = char.IsHighSurrogate(c) && start + 1 < text.Length && char.IsLowSurrogate(text[start + 1]) ? start + 2 : start + 1;
        return new Token(start, end, TokenKind.Punctuation);
    }
}
