using System.Collections.Frozen;
using Parley.Documents;

namespace Parley.Events;

public sealed partial class EventMerger
{
    // Verbs by which a party owns up to, or tells of, an act another did: "Moscow confirmed strikes on its airfields".
    private static readonly FrozenSet<string> ConfirmingVerbs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "confirmed", "confirms", "acknowledged", "acknowledges", "admitted", "admits");

    /// <summary>
    /// "Ukraine's drones hit four air bases … Russia's defence ministry confirmed strikes on airfields": an act named right
    /// after a verb of confirming is the act told before, as a bare noun is, in its own words (of any mode, as a denial's);
    /// the confirmer is the source, not its doer.
    /// </summary>
    private static bool ConfirmedAct(Document document, PloverEvent e) =>
        document.CharSpan(e.Trigger.Start, e.Trigger.End, Alignment.Expand) is { } span
        && span.First > document.Sentences[e.Sentence].FirstToken
        && ConfirmingVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(span.First - 1));
}
