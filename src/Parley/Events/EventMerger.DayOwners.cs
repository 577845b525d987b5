using System.Collections.Frozen;
using Parley.Documents;

namespace Parley.Events;

public sealed partial class EventMerger
{
    // Words of time that own an act told before: "Sunday's attack", "last week's raid", "yesterday's strikes".
    private static readonly FrozenSet<string> OwningTimes = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "yesterday", "today", "tonight", "night", "weekend", "week", "month", "year");

    /// <summary>
    /// "detained 13 officers over Sunday's attack on the barracks": a verb's cue owned by a day is a noun naming an act told
    /// before, as "the attack" would, not an act of the clause around it (whose subject did the detaining).
    /// </summary>
    private static bool OwnedByTime(Document document, int cue, int first) =>
        cue - 2 >= first && document.MatchWord(cue - 1) is "'s" or "’s"
        && OwningTimes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(cue - 2));
}
