using System.Text.RegularExpressions;

namespace Parley.Mentions;

public sealed partial class DateRecognizer
{
    /// <summary>
    /// "Three years later", "a year earlier", "two months later", "a week later": that many weeks, months or years after or
    /// before the last date the text named before it ("signed the accord in 2015, and Washington left it three years later"
    /// is 2018). The result is no finer than the anchor, nor than a month for a count of months or years ("a year later"
    /// after "on 3 May 2023" is May 2024). Without a date named before, the phrase is left alone: the publication date is no
    /// anchor for it.
    /// </summary>
    private static void DateCountedPeriodsFromNamedDate(string text, List<Mention> found, List<(int Start, int End)> taken)
    {
        if (!text.Contains(" later", StringComparison.OrdinalIgnoreCase) && !text.Contains(" earlier", StringComparison.OrdinalIgnoreCase))
            return;
        for (var match = CountedPeriodBeforeOrAfter().Match(text); match.Success; match = match.NextMatch())
        {
            var start = match.Index;
            var end = start + match.Length;
            if (Overlaps(taken, start, end) || LastNamedBefore(found, start, TimePrecision.Year) is not { } anchor)
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
            TimeReference? time = precision switch
            {
                TimePrecision.Day => TimeReference.OnDay(day),
                TimePrecision.Week => TimeReference.WeekOf(day),
                TimePrecision.Month => TimeReference.InMonth(day.Year, day.Month),
                TimePrecision.Year => TimeReference.InYear(day.Year),
                _ => null,
            };
            if (time is null)
                continue;
            taken.Add((start, end));
            found.Add(new Mention(MentionKind.Date, start, end, "dates")
            {
                Time = time,
                Evidence = $"relative to the date named before ({text[anchor.Start..anchor.End]})",
            });
        }
    }

    [GeneratedRegex(@"\b" + Count + @"\s+(?<unit>weeks?|months?|years?)\s+(?<w>later|earlier)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CountedPeriodBeforeOrAfter();
}
