using System.Collections.Frozen;
using System.Globalization;
using Parley.Actors;
using Parley.Documents;
using Parley.Pipeline;

namespace Parley.Mentions;

/// <summary>When a name stands in a location slot, and how regions and lists of places are read.</summary>
public sealed partial class EntityRecognizer
{
    private static bool IsAdminSuffix(ReadOnlySpan<char> word) =>
        word.Equals("province", StringComparison.OrdinalIgnoreCase) || word.Equals("region", StringComparison.OrdinalIgnoreCase)
        || word.Equals("oblast", StringComparison.OrdinalIgnoreCase) || word.Equals("governorate", StringComparison.OrdinalIgnoreCase)
        || word.Equals("state", StringComparison.OrdinalIgnoreCase) || word.Equals("district", StringComparison.OrdinalIgnoreCase)
        || word.Equals("county", StringComparison.OrdinalIgnoreCase) || word.Equals("prefecture", StringComparison.OrdinalIgnoreCase);

    /// <summary>"to the Marshall Islands, Tuvalu and Palau": a name joined by a comma or "and" to the place just before is a place too.</summary>
    private static bool ContinuesAListOfPlaces(List<Chunk> chunks, int k, RecognitionState state)
    {
        if (k < 2 || !IsJoiner(chunks[k - 1], state) || state.Mentions.Count == 0)
            return false;
        var previous = state.Mentions[^1];
        var (_, end) = state.CharRange(chunks[k - 2].Start, chunks[k - 2].End);
        return previous.Kind == MentionKind.Place && previous.End == end;
    }

    /// <summary>
    /// Whether the name at <paramref name="token"/> stands in a location slot: after a locative preposition
    /// ("in", "near"), a partitive ("outskirts of"), a boundary ("border with"), a verb of reaching
    /// ("entered", "visited"), or "to"/"for"/"from" after a word of travel ("trip to", "fired from").
    /// </summary>
    private bool IsLocative(int token, RecognitionState state, int sentenceStart)
    {
        var text = state.Document.MatchText.AsSpan();
        var before = token - 1;
        if (before >= sentenceStart && Word(text, state, before) is "the" or "The")
            before--;
        if (before < sentenceStart)
            return false;
        var word = Word(text, state, before);
        if (lexicon.Cues.IsLocative(word) || lexicon.Cues.IsReach(word))
            return true;
        if (before > sentenceStart && word is "of")
            return lexicon.Cues.IsPartitive(Word(text, state, before - 1));
        if (before > sentenceStart && word is "with")
            return lexicon.Cues.IsBoundary(Word(text, state, before - 1));
        if (word is not ("to" or "for" or "toward" or "towards" or "from"))
            return false;
        for (var i = before - 1; i >= sentenceStart && i >= before - 3; i--)
        {
            if (lexicon.Cues.IsMotion(Word(text, state, i)))
                return true;
        }
        return false;
    }
}
