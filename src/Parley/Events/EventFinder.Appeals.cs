using System.Collections.Frozen;
using Parley.Mentions;
using Parley.Places;

namespace Parley.Events;

/// <summary>Whom a demand or an appeal is made of when the words do not name it as an object.</summary>
public sealed partial class EventFinder
{
    // Words after which a noun cue names what the clause's subject acts against: "continued airstrikes despite calls for a truce".
    // How many words may name the parties an appeal is made of before the place they are in ("the warring sides in Sudan").
    private const int AppealedPartyWords = 3;

    private static readonly FrozenSet<string> ConcessiveWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "despite", "defying", "ignoring");

    /// <summary>
    /// "has continued airstrikes despite calls for a truce", "pressed on, defying demands to withdraw": a demand named
    /// right after "despite" is made of whoever acts in spite of it, the subject of its clause; who made it is not told.
    /// </summary>
    private static bool IsDefiedAppeal(SentenceClauses clause, PloverEvent e, int first) =>
        e.Category.Type == "REQUEST" && clause.Is(WordBefore(clause, first), ConcessiveWords);

    /// <summary>
    /// "urged all parties in eastern Congo to respect the truce", "called on the warring sides in Sudan": an appeal whose
    /// object names no party, only the people of a place (after "in", soon after the verb, in its clause), is made of
    /// that place's country. Not a place of the speaker's own, nor the place of a demanded act ("demanded a ceasefire in
    /// Gaza" asks it of every side there), which follows a cue that names the act.
    /// </summary>
    private static MentionSpan? AppealedPlace(SentenceClauses clause, PloverEvent e, int first, int end, List<MentionSpan> actors)
    {
        if (e.Category.Type != "REQUEST" || e.Pattern.Form != EventForm.Verb || (end - first > 1 && !clause.Word(end - 1).Equals("on", StringComparison.OrdinalIgnoreCase)))
            return null;
        foreach (var m in clause.Mentions)
        {
            if (m.FirstToken < end || m.Mention.Kind == MentionKind.Date)
                continue;
            // The place follows the object itself: "all parties in eastern Congo", not "asked about images at a summit in Kazan".
            if (m.FirstToken - end > AppealedPartyWords + 1 || Breaks(clause, end, m.FirstToken) || clause.CueBetween(end, m.FirstToken)
                || Enumerable.Range(end, WordBefore(clause, m.FirstToken) - end).Any(i => clause.Is(i, Prepositions))
                || m.Mention.Kind != MentionKind.Place || !clause.Word(WordBefore(clause, m.FirstToken)).Equals("in", StringComparison.OrdinalIgnoreCase))
                return null;
            return m.Mention.Place?.Country is { } country && !actors.Exists(a => a.Mention.Actor?.Code == country) ? m : null;
        }
        return null;
    }
}
