using Parley.Documents;
using Parley.Text;

namespace Parley.Mentions;

/// <summary>Reads a sentence as a row of chunks: longest lexicon names and roles first, then single tokens.</summary>
public sealed class Chunker(EntityLexicon lexicon)
{
    // Fewer capitalised words make a name ("Kyiv Responds"), not a headline.
    private const int MinTitleCaseWords = 3;

    /// <summary>
    /// Fills <paramref name="chunks"/> (cleared first, reused across sentences) with the chunks of tokens <c>[start, end)</c>;
    /// true when they are a Title Case headline, whose capitalised words the lexicons do not know are chunked as common words.
    /// </summary>
    public bool Split(Document document, int start, int end, List<Chunk> chunks)
    {
        chunks.Clear();
        var text = document.MatchText.AsSpan();
        var titleCase = IsTitleCase(document, start, end);
        var i = start;
        while (i < end)
        {
            // Every lexicon phrase starts with a word or an abbreviation; punctuation and numbers skip the tries.
            var startsPhrase = document.Tokens[i].Kind is TokenKind.Word or TokenKind.Abbreviation;
            var name = startsPhrase ? lexicon.Names.LongestAt(document, i, end) : null;
            var role = startsPhrase ? lexicon.Roles.LongestAt(document, i, end) : null;
            if (name is { } n && (role is not { } r0 || n.Length >= r0.Length))
            {
                chunks.Add(new Chunk(ChunkKind.Name, n.Start, n.End, Names: n.Values));
                i = n.End;
                continue;
            }
            // "social media", "artificial intelligence": words round a role noun that name no actor.
            if (role is { } none && AllNone(none.Values))
            {
                for (var t = none.Start; t < none.End; t++)
                    chunks.Add(new Chunk(ChunkKind.Other, t, t + 1));
                i = none.End;
                continue;
            }
            // "Polish Troops Head To Lithuanian Border", "troops head for the border": a one-word role noun that is
            // also a word of travel, before "to" or "for", is the verb; it joins no role run ("Polish Troops Head").
            if (role is { } verb && verb.End - verb.Start == 1 && IsTravelVerb(document, verb.Start, end))
            {
                chunks.Add(new Chunk(ChunkKind.Other, i, i + 1));
                i++;
                continue;
            }
            if (role is { } r)
            {
                chunks.Add(new Chunk(ChunkKind.Role, r.Start, r.End, Roles: r.Values));
                i = r.End;
                continue;
            }
            var token = document.Tokens[i];
            var word = text.Slice(token.Start, token.Length);
            var kind = token.Kind == TokenKind.Clitic || IsBareApostrophePossessive(document, i, start) ? ChunkKind.Possessive
                : word is "and" || (titleCase && word is "And") ? ChunkKind.And
                : word is "the" or "The" ? ChunkKind.The
                : (word is "he" or "She" or "she" or "him" || (word is "He" && !OpensName(document, i, end, titleCase))) ? ChunkKind.Pronoun
                : token.Kind == TokenKind.Word && char.IsUpper(word[0]) && !titleCase ? ChunkKind.Capitalised
                : ChunkKind.Other;
            chunks.Add(new Chunk(kind, i, i + 1));
            i++;
        }
        return titleCase;
    }

    /// <summary>
    /// Whether a capitalised "He" at token <paramref name="i"/> is a Chinese surname before a given name ("Vice Premier
    /// He Lifeng"): a capitalised word follows it in running text, where the pronoun is followed by a verb.
    /// </summary>
    private static bool OpensName(Document document, int i, int end, bool titleCase)
    {
        if (titleCase || i + 1 >= end)
            return false;
        var next = document.Tokens[i + 1];
        return next.Kind == TokenKind.Word && char.IsUpper(document.MatchText[next.Start]);
    }

    /// <summary>
    /// A headline in Title Case ("US Envoy Arrives In Kyiv For Talks", or with "in" and "for" left small): every
    /// word but the function words begins with a capital. There a capital marks no name, so the words the
    /// lexicons do not know are read as common words: "Arrives In" opens no unknown name that swallows "Kyiv".
    /// </summary>
    internal static bool IsTitleCase(Document document, int start, int end)
    {
        var text = document.MatchText.AsSpan();
        var capitalised = 0;
        for (var i = start; i < end; i++)
        {
            var token = document.Tokens[i];
            if (token.Kind != TokenKind.Word || !char.IsLetter(text[token.Start]))
                continue;
            var word = text.Slice(token.Start, token.Length);
            if (char.IsUpper(word[0]))
                capitalised++;
            else if (!TextLexicon.Default.IsContinuationWord(word))
                return false;
        }
        return capitalised >= MinTitleCaseWords;
    }

    private bool IsTravelVerb(Document document, int token, int end) =>
        token + 1 < end && lexicon.Cues.IsMotion(document.MatchWord(token))
        && EntityRecognizer.TravelPrepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(token + 1));

    /// <summary>
    /// "Hamas' military commander", "the United States' allies": an apostrophe right after a capitalised name ending
    /// in s, before a space, is its possessive (a quotation mark closing a name is rarer there than this).
    /// </summary>
    private static bool IsBareApostrophePossessive(Document document, int token, int sentenceStart)
    {
        var text = document.MatchText;
        var apostrophe = document.Tokens[token];
        if (token == sentenceStart || apostrophe.Length != 1 || text[apostrophe.Start] != '\''
            || apostrophe.End >= text.Length || !char.IsWhiteSpace(text[apostrophe.End]))
            return false;
        var previous = document.Tokens[token - 1];
        return previous.Kind == TokenKind.Word && previous.End == apostrophe.Start
               && char.IsUpper(text[previous.Start]) && text[previous.End - 1] is 's' or 'S';
    }

    private static bool AllNone(IReadOnlyList<Actors.RolePhrase> roles)
    {
        for (var i = 0; i < roles.Count; i++)
        {
            if (!roles[i].IsNone)
                return false;
        }
        return true;
    }
}
