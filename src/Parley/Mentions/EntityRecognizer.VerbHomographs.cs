using System.Collections.Frozen;

namespace Parley.Mentions;

public sealed partial class EntityRecognizer
{
    // Words that open a verb's object right after it ("forces the", "forces thousands").
    private static readonly FrozenSet<string> ObjectOpeners = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "the", "a", "an", "his", "her", "its", "their", "our", "thousands", "hundreds", "dozens", "tens", "millions", "more", "many", "some");

    /// <summary>
    /// "Wildfire forces evacuations": a bare role noun that is also a verb (<c>roles/verb-homographs.txt</c>), after
    /// a word and before an object (a determiner or a plural noun), is that verb; "Rebel forces seized" stays a group.
    /// </summary>
    private bool ReadsAsVerb(List<Chunk> chunks, int k, int roleEnd, RecognitionState state)
    {
        if (roleEnd != k + 1 || k == 0 || roleEnd >= chunks.Count || chunks[k - 1].Kind is ChunkKind.The or ChunkKind.Possessive
            || chunks[k].End - chunks[k].Start != 1
            || !lexicon.Actors.VerbHomographs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Word(state.Document.MatchText, state, chunks[k].Start)))
            return false;
        var next = Word(state.Document.MatchText, state, chunks[roleEnd].Start);
        return ObjectOpeners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(next) || IsPluralCommonNoun(chunks[roleEnd], next, state);
    }

    /// <summary>"evacuations": a common word ending in a plural "s" that is no predicate word or preposition ("was", "across", "towards").</summary>
    private bool IsPluralCommonNoun(Chunk chunk, ReadOnlySpan<char> word, RecognitionState state) =>
        IsCommonWord(chunk, state) && word.Length > 3 && word[^1] is 's' or 'S' && word[^2] is not ('s' or 'S' or 'u' or 'U')
        && !lexicon.Actors.PredicateWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
        && !lexicon.Cues.IsLocative(word) && !TravelPrepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
}
