using System.Collections.Frozen;
using Parley.Documents;
using Parley.Mentions;

namespace Parley.Events;

/// <summary>
/// "Ties soured after a clash in June 2020. Both sides then moved troops to the frontier": a sentence that names no date
/// of its own and opens by going on with the story of the one before ("then", "later", "afterwards") tells what came next
/// in that story's time, so a background told there is its background too.
/// </summary>
internal static class StoryContinuation
{
    // Adverbs that put a sentence's acts next in the story told before it.
    private static readonly FrozenSet<string> SequenceAdverbs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "then", "later", "afterwards", "afterward", "subsequently", "thereafter");

    // How far into its sentence the adverb may stand: at its start or after a short subject ("Both sides then moved").
    private const int OpeningReach = 6;

    /// <summary>Whether <paramref name="sentence"/> goes on with the story of the sentence before it.</summary>
    public static bool GoesOnFromSentenceBefore(Document document, Sentence sentence)
    {
        for (var i = sentence.FirstToken; i < Math.Min(sentence.EndToken, sentence.FirstToken + OpeningReach); i++)
        {
            if (SequenceAdverbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(i)))
                return !NamesDate(document, sentence);
        }
        return false;
    }

    /// <summary>Whether a date (not the dateline) is named in <paramref name="sentence"/>: its acts have a time of their own.</summary>
    private static bool NamesDate(Document document, Sentence sentence)
    {
        for (var i = document.FirstMentionFrom(sentence.Start); i < document.Mentions.Length && document.Mentions[i].Start < sentence.End; i++)
        {
            if (document.Mentions[i] is { Kind: MentionKind.Date, IsDateline: false })
                return true;
        }
        return false;
    }
}
