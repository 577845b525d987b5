using System.Collections.Frozen;
using Parley.Actors;

namespace Parley.Mentions;

/// <summary>
/// "Ryan Corbett, an American businessman", "A third American, George Glezmann": a full name the lexicon lacks, set beside a
/// demonym in an apposition, is a person of that country.
/// </summary>
public sealed partial class EntityRecognizer
{
    // How many chunks after a name's comma an apposition may run before its demonym: "a dual U.S.-Russian citizen", "an American".
    private const int AppositionReach = 4;

    /// <summary>
    /// The chunk after a run of two or more unknown capitalised words at chunk <paramref name="k"/> and the country of the
    /// demonym set beside them by a comma: in the apposition after them ("Ryan Corbett, an American businessman"), or ending
    /// the phrase before them ("A third American, George Glezmann", "two American citizens, Ryan Corbett"); null when none is.
    /// </summary>
    private static (int End, string Code)? NameBesideDemonym(List<Chunk> chunks, int k, RecognitionState state)
    {
        if (state.TitleCase || (k > 0 && chunks[k - 1].Kind == ChunkKind.Capitalised))
            return null;
        var text = state.Document.MatchText.AsSpan();
        var end = k;
        while (end < chunks.Count && chunks[end].Kind == ChunkKind.Capitalised && IsNamePart(chunks[end], text, state))
            end++;
        if (end - k < 2)
            return null;
        if (IsComma(chunks, end, state))
        {
            // Only in the apposition's own noun phrase: "an adviser to Kenyan President William Ruto" is no Kenyan.
            for (var a = end + 1; a < chunks.Count && a - end <= AppositionReach && !IsComma(chunks, a, state) && !EndsApposition(chunks[a], state); a++)
            {
                if (DemonymCode(chunks[a]) is { } code)
                    return (end, code);
            }
        }
        if (k >= 2 && IsComma(chunks, k - 1, state))
        {
            // The demonym itself ("A third American") or a group it places ("two American citizens").
            if (DemonymCode(chunks[k - 2]) is { } code)
                return (end, code);
            if (chunks[k - 2].Kind == ChunkKind.Role && k >= 3 && DemonymCode(chunks[k - 3]) is { } owner)
                return (end, owner);
        }
        return null;
    }

    /// <summary>The country of a demonym or people chunk ("American", "Americans"), or null.</summary>
    private static string? DemonymCode(Chunk chunk)
    {
        if (chunk.Kind != ChunkKind.Name)
            return null;
        foreach (var name in chunk.Names!)
        {
            if (name.Country is { Kind: CountryPhraseKind.Demonym or CountryPhraseKind.People } country && IsStateCode(country.Code))
                return country.Code;
        }
        return null;
    }

    // Words that end an apposition's noun phrase and open a phrase of its own, whose demonym is another's.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AppositionEnders = FrozenSet.Create(StringComparer.Ordinal,
        "to", "of", "for", "with", "at", "in", "from", "by", "on", "who", "which", "that").GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool EndsApposition(Chunk chunk, RecognitionState state) =>
        chunk.Kind == ChunkKind.Other && chunk.End - chunk.Start == 1
        && AppositionEnders.Contains(Word(state.Document.MatchText, state, chunk.Start));

    private static bool IsComma(List<Chunk> chunks, int k, RecognitionState state) =>
        k < chunks.Count && chunks[k].Kind == ChunkKind.Other && chunks[k].End - chunks[k].Start == 1
        && Word(state.Document.MatchText, state, chunks[k].Start) is ",";
}
