using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Parley.Documents;

namespace Parley.Mentions;

public sealed partial class DateRecognizer
{
    /// <summary>
    /// "Days later", "weeks later", "a few months later": an uncounted span after the last date the text named, in the
    /// phrase's sentence or the one before (see <see cref="NamedInSentenceOrOneBefore"/>). Without a count only the time
    /// around the anchor is known: a few days or weeks stay in the anchor's month ("travelled to China in February … days
    /// later, islanders marched" is February), months in its year; no finer than the anchor. Years later is no known year.
    /// </summary>
    private static void DateUncountedPeriodsFromNamedDate(string text, ImmutableArray<Sentence> sentences, List<Mention> found, List<(int Start, int End)> taken)
    {
        if (!text.Contains("s later", StringComparison.OrdinalIgnoreCase))
            return;
        for (var match = UncountedPeriodAfter().Match(text); match.Success; match = match.NextMatch())
        {
            var start = match.Index;
            var end = start + match.Length;
            if (Overlaps(taken, start, end) || NamedInSentenceOrOneBefore(sentences, found, start) is not { } anchor)
                continue;
            var around = match.Groups["unit"].Value.Equals("months", StringComparison.OrdinalIgnoreCase) ? TimePrecision.Year : TimePrecision.Month;
            if (PeriodOf(anchor.Time!.First, (TimePrecision)Math.Max((int)anchor.Time.Precision, (int)around)) is { } time)
                AddFromAnchor(found, taken, start, end, time, $"some {match.Groups["unit"].Value.ToLowerInvariant()} after the date named before ({text[anchor.Start..anchor.End]})");
        }
    }

    // Not after a count ("two weeks later"), which the counted periods' rule dates exactly.
    [GeneratedRegex(@"(?<!\b" + Count + @"\s+)\b(?:(?:a\s+few|several|some)\s+)?(?<unit>days|weeks|months)\s+later\b", RegexOptions.IgnoreCase)]
    private static partial Regex UncountedPeriodAfter();
}
