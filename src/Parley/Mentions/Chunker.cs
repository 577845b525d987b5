using Parley.Documents;

namespace Parley.Mentions;

/// <summary>Reads a sentence as a row of chunks: longest lexicon names and roles first, then single tokens.</summary>
public sealed class Chunker(EntityLexicon lexicon)
{
    /// <summary>Fills <paramref name="chunks"/> (cleared first, reused across sentences) with the chunks of tokens <c>[start, end)</c>.</summary>
    public void Split(Document document, int start, int end, List<Chunk> chunks)
    {
        chunks.Clear();
        var text = document.MatchText.AsSpan();
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
            if (role is { } r)
            {
                chunks.Add(new Chunk(ChunkKind.Role, r.Start, r.End, Roles: r.Values));
                i = r.End;
                continue;
            }
            var token = document.Tokens[i];
            var word = text.Slice(token.Start, token.Length);
            var kind = token.Kind == TokenKind.Clitic || IsBareApostrophePossessive(document, i, start) ? ChunkKind.Possessive
                : word is "and" ? ChunkKind.And
                : word is "the" or "The" ? ChunkKind.The
                : word is "he" or "He" or "she" or "She" or "him" ? ChunkKind.Pronoun
                : token.Kind == TokenKind.Word && char.IsUpper(word[0]) ? ChunkKind.Capitalised
                : ChunkKind.Other;
            chunks.Add(new Chunk(kind, i, i + 1));
            i++;
        }
    }

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
