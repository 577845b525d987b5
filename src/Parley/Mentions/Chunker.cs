using Parley.Documents;

namespace Parley.Mentions;

/// <summary>Reads a sentence as a row of chunks: longest lexicon names and roles first, then single tokens.</summary>
public sealed class Chunker(EntityLexicon lexicon)
{
    /// <summary>The chunks of tokens <c>[start, end)</c>.</summary>
    public List<Chunk> Split(Document document, int start, int end)
    {
        var chunks = new List<Chunk>(end - start);
        var text = document.MatchText.AsSpan();
        var i = start;
        while (i < end)
        {
            var name = lexicon.Names.LongestAt(document, i, end);
            var role = lexicon.Roles.LongestAt(document, i, end);
            if (name is { } n && (role is not { } r0 || n.Length >= r0.Length))
            {
                chunks.Add(new Chunk(ChunkKind.Name, n.Start, n.End, Names: n.Values));
                i = n.End;
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
            var kind = token.Kind == TokenKind.Clitic ? ChunkKind.Possessive
                : word is "and" ? ChunkKind.And
                : word is "the" or "The" ? ChunkKind.The
                : word is "he" or "He" or "she" or "She" ? ChunkKind.Pronoun
                : token.Kind == TokenKind.Word && char.IsUpper(word[0]) ? ChunkKind.Capitalised
                : ChunkKind.Other;
            chunks.Add(new Chunk(kind, i, i + 1));
            i++;
        }
        return chunks;
    }
}
