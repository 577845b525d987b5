using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Parley.Documents;

namespace Parley.Mentions;

public sealed partial class DateRecognizer
{
    /// <summary>
    /// "brokered the deal in July 2022, five months after Russia invaded Ukraine", "The visit comes two months after an
    /// accord was signed": the act after the phrase was that many months or years before the time of the clause it follows
    /// (before it for "… before"), at no finer than a month. That time is the date named before the phrase in its sentence;
    /// without one, the story's news told with "comes" or "came" is of the publication date. A few weeks or days are left to
    /// the days' rule and to the act's own date: counted from a day, they seldom land on the day the act was.
    /// </summary>
    private static void DateActsCountedFromTheirClause(string text, ImmutableArray<Sentence> sentences, DateOnly? published, List<Mention> found,
        List<(int Start, int End)> taken)
    {
        if (!text.Contains(" after ", StringComparison.OrdinalIgnoreCase) && !text.Contains(" before ", StringComparison.OrdinalIgnoreCase))
            return;
        for (var match = PeriodBeforeAct().Match(text); match.Success; match = match.NextMatch())
        {
            var start = match.Groups["count"].Index;
            var end = match.Index + match.Length;
            if (Overlaps(taken, start, end))
                continue;
            var named = LastNamedBefore(found, start, TimePrecision.Year) is { } date && date.Start >= SentenceStart(sentences, start) ? date : null;
            var from = named?.Time ?? (match.Groups["news"].Success && published is { } day ? TimeReference.OnDay(day) : null);
            if (from is null)
                continue;
            var count = CountOf(match.Groups["count"].Value);
            var step = match.Groups["w"].Value.Equals("after", StringComparison.OrdinalIgnoreCase) ? -count : count;
            var then = match.Groups["unit"].Value.StartsWith("month", StringComparison.OrdinalIgnoreCase) ? from.First.AddMonths(step) : from.First.AddYears(step);
            if (PeriodOf(then, (TimePrecision)Math.Max((int)from.Precision, (int)TimePrecision.Month)) is { } time)
                AddFromAnchor(found, taken, start, end, time,
                    named is null ? "counted back from the publication date" : $"counted from the date named before ({text[named.Start..named.End]})");
        }
    }

    // After a comma that closes the clause the period is counted from, or after "comes"/"came" telling the news beside it.
    [GeneratedRegex(@"(?:,\s*|\b(?<news>comes|came)\s+)" + Count + @"\s+(?<unit>months?|years?)\s+(?<w>after|before)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PeriodBeforeAct();
}
