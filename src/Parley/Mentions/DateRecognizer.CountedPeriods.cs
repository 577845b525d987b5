using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Parley.Documents;

namespace Parley.Mentions;

public sealed partial class DateRecognizer
{
    /// <summary>
    /// "Three years later", "a year earlier", "two months later", "a week later": that many weeks, months or years after or
    /// before the last date the text named before it ("signed the accord in 2015, and Washington left it three years later"
    /// is 2018). The result is no finer than the anchor, nor than a month for a count of months or years ("a year later"
    /// after "on 3 May 2023" is May 2024). The date must be named in the phrase's sentence or the one before, where the story
    /// tells what the period is counted from; further back, or with none, the phrase is left alone ("'One year later, Kyiv
    /// stands,' Biden said" counts from an invasion it does not date). The publication date is no anchor for it.
    /// </summary>
    private static void DateCountedPeriodsFromNamedDate(string text, ImmutableArray<Sentence> sentences, List<Mention> found, List<(int Start, int End)> taken)
    {
        if (!text.Contains(" later", StringComparison.OrdinalIgnoreCase) && !text.Contains(" earlier", StringComparison.OrdinalIgnoreCase))
            return;
        for (var match = CountedPeriodBeforeOrAfter().Match(text); match.Success; match = match.NextMatch())
        {
            var start = match.Index;
            var end = start + match.Length;
            if (Overlaps(taken, start, end) || NamedInSentenceOrOneBefore(sentences, found, start) is not { } anchor)
                continue;
            var unit = match.Groups["unit"].Value.ToLowerInvariant().TrimEnd('s');
            var count = CountOf(match.Groups["count"].Value);
            var step = match.Groups["w"].Value.Equals("earlier", StringComparison.OrdinalIgnoreCase) ? -count : count;
            var from = anchor.Time!.First;
            var day = unit switch
            {
                "week" => from.AddDays(7 * step),
                "month" => from.AddMonths(step),
                _ => from.AddYears(step),
            };
            var precision = unit == "week" ? anchor.Time.Precision : (TimePrecision)Math.Max((int)anchor.Time.Precision, (int)TimePrecision.Month);
            if (PeriodOf(day, precision) is { } time)
                AddFromAnchor(found, taken, start, end, time, $"relative to the date named before ({text[anchor.Start..anchor.End]})");
        }
    }

    /// <summary>The day, week, month or year around <paramref name="day"/>; null for a coarser precision.</summary>
    private static TimeReference? PeriodOf(DateOnly day, TimePrecision precision) => precision switch
    {
        TimePrecision.Day => TimeReference.OnDay(day),
        TimePrecision.Week => TimeReference.WeekOf(day),
        TimePrecision.Month => TimeReference.InMonth(day.Year, day.Month),
        TimePrecision.Year => TimeReference.InYear(day.Year),
        _ => null,
    };

    /// <summary>Records the phrase <c>[start, end)</c> as a date at <paramref name="time"/>, found from a date named before it.</summary>
    private static void AddFromAnchor(List<Mention> found, List<(int Start, int End)> taken, int start, int end, TimeReference time, string evidence)
    {
        taken.Add((start, end));
        found.Add(new Mention(MentionKind.Date, start, end, "dates") { Time = time, Evidence = evidence });
    }

    /// <summary>
    /// The date named last before <paramref name="start"/>, if in its sentence or the one before: where a story tells
    /// what a period after or before it is counted from. Further back, the phrase counts from an act the text does not date.
    /// </summary>
    private static Mention? NamedInSentenceOrOneBefore(ImmutableArray<Sentence> sentences, List<Mention> found, int start)
    {
        var own = SentenceStart(sentences, start);
        return LastNamedBefore(found, start, TimePrecision.Year) is { } anchor && anchor.Start >= (own == 0 ? 0 : SentenceStart(sentences, own - 1))
            ? anchor : null;
    }

    [GeneratedRegex(@"\b" + Count + @"\s+(?<unit>weeks?|months?|years?)\s+(?<w>later|earlier)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CountedPeriodBeforeOrAfter();
}
