using System.Collections.Frozen;
using Parley.Mentions;

namespace Parley.Events;

public sealed partial class EventFinder
{
    /// <summary>
    /// "López Obrador condemned the raid, and Mexico's foreign ministry said it would take the case to the International
    /// Court of Justice": whom the accusation told before the cue in its sentence, by the subject's side, is aimed at
    /// (null when there is none); the case is the act that accusation names.
    /// </summary>
    private static List<Participant>? AccusedJustBefore(PloverEvent e, int first, List<MentionSpan> subject, List<(PloverEvent Event, int First, int End)> found)
    {
        var before = found.FindLast(f => f.End <= first && f.Event != e && f.Event.Category.Type == "ACCUSE" && f.Event.Recipients.Count > 0
                                         && f.Event.Actors.Exists(a => subject.Exists(s => s.Mention.Actor?.Code == a.Code)));
        return before.Event?.Recipients.FindAll(r => !subject.Exists(s => s.Mention.Actor?.Code == r.Code));
    }

    // Prepositions before a court that an accusation is brought to: "took the case to the ICJ", "a complaint with the ICC".
    private static readonly FrozenSet<string> CourtPrepositions = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "to", "with", "before", "at");

    // The pronoun for a group as an object, which has no mention of its own: "fired tear gas at them".
    private static readonly FrozenSet<string> GroupObjects = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "them");

    /// <summary>The first actors after token <paramref name="start"/> in the same stretch of the sentence (no comma or clause break) that are not on <paramref name="side"/>'s side.</summary>
    private static List<MentionSpan> OtherSideAfter(SentenceClauses clause, int start, List<MentionSpan> side)
    {
        var k = clause.Mentions.FindIndex(m => m.FirstToken >= start && m.Mention.Kind == MentionKind.Actor);
        if (k < 0 || clause.Mentions[k].FirstToken - start > ObjectReach || Breaks(clause, start, clause.Mentions[k].FirstToken)
            || Enumerable.Range(start, clause.Mentions[k].FirstToken - start).Any(i => clause.Word(i) is ","))
            return [];
        var group = Coordinated(clause, k, +1);
        return group.FindAll(m => !side.Exists(s => s.Mention.Actor?.Code == m.Mention.Actor?.Code));
    }

    /// <summary>Whether the cue's object is "them": right after the cue, in its gap, or after a preposition ("fired tear gas at them").</summary>
    private static bool TakesThem(SentenceClauses clause, int objectStart, int end) =>
        clause.Is(objectStart, GroupObjects) || clause.Is(end, GroupObjects) || (clause.Is(end, Prepositions) && clause.Is(end + 1, GroupObjects));

    /// <summary>
    /// Whom "them" stands for: the parties of the latest act told before the cue in its sentence that are not the
    /// subject — its doers ("supporters marched in Douala, and police fired tear gas at them"), else whom it was done
    /// to ("troops detained dozens of villagers and beat them"). Only "him" and "her" have mentions of their own.
    /// </summary>
    private static List<Participant>? OtherSideBefore(PloverEvent e, int first, List<MentionSpan> subject, List<(PloverEvent Event, int First, int End)> found)
    {
        for (var k = found.Count - 1; k >= 0; k--)
        {
            var (act, _, actEnd) = found[k];
            if (act == e || actEnd > first)
                continue;
            var doers = act.Actors.FindAll(a => !subject.Exists(s => s.Mention.Start == a.Start));
            var side = doers.Count == act.Actors.Count && doers.Count > 0 ? doers : act.Recipients.FindAll(r => !subject.Exists(s => s.Mention.Start == r.Start));
            if (side.Count > 0)
                return side.DistinctBy(p => p.Code).ToList();
        }
        return null;
    }

    /// <summary>The person named last before token <paramref name="first"/> who is not one of <paramref name="subject"/>.</summary>
    private static List<MentionSpan> NamedPersonBefore(SentenceClauses clause, int first, List<MentionSpan> subject)
    {
        var person = clause.Mentions.FindLast(m => m.EndToken <= first && m.Mention.Actor is { Name: not null }
                                                   && !subject.Exists(s => s.Mention.Actor?.Code == m.Mention.Actor.Code));
        return person.Mention is null ? [] : [person];
    }
}
