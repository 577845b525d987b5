using Parley.Mentions;

namespace Parley.Events;

public sealed partial class EventFinder
{
    /// <summary>
    /// "The next year it let the women leave but sent the men home, prompting protesters to storm the consulate", "In April,
    /// Washington raised tariffs after Beijing hit back", "Since 2022, French troops have left Mali": a week, month, year or
    /// longer period that opens the sentence is the time of all it tells, its side clauses too. A day does not stretch so far
    /// (see <see cref="NewsDayBefore"/>); nor does a period past a semicolon, which starts a second half.
    /// </summary>
    private static MentionSpan? FrontedPeriod(SentenceClauses clause, int first)
    {
        var opening = clause.Mentions.Find(m => m.Mention.Kind == MentionKind.Date);
        if (opening is not { Mention.Time.Precision: > TimePrecision.Day } period || period.FirstToken - clause.Sentence.FirstToken > FrontedDayReach
            || period.EndToken > first || IsPossessive(clause, period))
            return null;
        for (var i = period.EndToken; i < first; i++)
        {
            if (clause.Is(i, HalvesBreaks))
                return null;
        }
        return period;
    }
}
