using System.Collections.Frozen;
using Parley.Documents;

namespace Parley.Events;

public sealed partial class EventMerger
{
    // Articles that bring a new thing into the story: "at a summit in Wales in 2014", "an emergency summit".
    private static readonly FrozenSet<string> IndefiniteArticles = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "a", "an");

    /// <summary>
    /// "agreed at a summit in The Hague", "had blocked the deal at a summit in December": a noun cue that opens with "a" brings
    /// a new event into the story, not one told before (where "the summit" would name it again).
    /// </summary>
    private static bool Introduced(Document document, PloverEvent e) =>
        e.Pattern.Form == EventForm.Noun && document.CharSpan(e.Trigger.Start, e.Trigger.End, Alignment.Expand) is { } span
        && span.End - span.First > 1 && IndefiniteArticles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(span.First));

    /// <summary>
    /// An event brought in with "a" is told again only by its own noun: "a summit in December" is not the "breakfast meeting"
    /// held on its sidelines, nor the session of a council the summit hosted.
    /// </summary>
    private static bool NamedByOtherNoun(Document document, PloverEvent k, PloverEvent e) =>
        Introduced(document, k) && document.CharSpan(k.Trigger.Start, k.Trigger.End, Alignment.Expand) is { } own
        && document.CharSpan(e.Trigger.Start, e.Trigger.End, Alignment.Expand) is { } other
        && !document.MatchWord(own.End - 1).Equals(document.MatchWord(other.End - 1), StringComparison.OrdinalIgnoreCase);
}
