using System.Globalization;
using System.Text.RegularExpressions;

namespace Parley.Dates;

/// <summary>
/// Reads a wire-style dateline at the start of an article: "KYIV, Feb 19 (Reuters) -",
/// "WASHINGTON, Dec. 21, 2022 (AP) —", "GAZA CITY, 15 January 2025 -".
/// </summary>
public static partial class DatelineParser
{
    /// <summary>A parsed dateline.</summary>
    /// <param name="Place">The place in capitals, as written.</param>
    /// <param name="Date">The date; a month and day when the dateline gives no year.</param>
    /// <param name="Agency">The agency in brackets, when given.</param>
    /// <param name="Length">Characters the dateline covers, from the start of the text examined.</param>
    public readonly record struct Dateline(string Place, PartialDate Date, string? Agency, int Length);

    /// <summary>Parses a dateline at the very start of <paramref name="text"/>.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out Dateline dateline)
    {
        dateline = default;
        var head = text.Length > 160 ? text[..160] : text;
        var match = Pattern().Match(head.ToString());
        if (!match.Success)
            return false;
        var monthText = match.Groups["month1"].Success ? match.Groups["month1"].Value : match.Groups["month2"].Value;
        var dayText = match.Groups["day1"].Success ? match.Groups["day1"].Value : match.Groups["day2"].Value;
        var yearGroup = match.Groups["year1"].Success ? match.Groups["year1"] : match.Groups["year2"];
        var month = MonthNumber(monthText);
        var day = int.Parse(dayText, CultureInfo.InvariantCulture);
        if (month == 0 || day < 1 || day > 31)
            return false;
        PartialDate date;
        if (yearGroup.Success)
        {
            var year = int.Parse(yearGroup.Value, CultureInfo.InvariantCulture);
            if (day > DateTime.DaysInMonth(year, month))
                return false;
            date = PartialDate.FromDate(new DateOnly(year, month, day));
        }
        else
        {
            if (day > DateTime.DaysInMonth(2000, month))
                return false;
            date = PartialDate.FromMonthDay(month, day);
        }
        var agency = match.Groups["agency"].Success ? match.Groups["agency"].Value.Trim() : null;
        dateline = new Dateline(match.Groups["place"].Value.Trim(), date, agency, match.Length);
        return true;
    }

    /// <summary>
    /// The place words of a dateline, with or without its date: "GAZA CITY, 15 January 2025 -",
    /// "ANCHORAGE, Alaska (Meridian Post) —", "BRUSSELS/SEOUL (Parley Wire) —".
    /// </summary>
    /// <param name="text">Text starting with the dateline.</param>
    /// <param name="place">The place in capitals, as written ("WASHINGTON/LONDON").</param>
    /// <param name="region">The region or country after it ("Alaska"), or null.</param>
    public static bool TryParsePlace(ReadOnlySpan<char> text, out string place, out string? region)
    {
        var head = text.Length > 160 ? text[..160] : text;
        var match = PlacePattern().Match(head.ToString());
        place = match.Success ? match.Groups["place"].Value.Trim() : "";
        region = match.Success && match.Groups["region"].Success ? match.Groups["region"].Value.Trim() : null;
        return match.Success;
    }

    private static int MonthNumber(string name)
    {
        var key = name.TrimEnd('.');
        for (var m = 1; m <= 12; m++)
        {
            var full = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(m);
            if (key.Length >= 3 && full.StartsWith(key, StringComparison.OrdinalIgnoreCase))
                return m;
        }
        return 0;
    }

    // The patterns only ever see a block's first 160 characters, so a timeout guards against nothing in the
    // input; a tight one (200 ms) failed whole documents when a loaded machine starved the thread.
    private const int BoundedInputTimeout = 5000;

    [GeneratedRegex("""
        ^\s*(?<place>\p{Lu}[\p{Lu}\p{M} .'/\-]{1,40}?)(?:,\s*[\p{L} .]{2,30})?,\s+
        (?:(?<month1>\p{L}{3,9}\.?)\s+(?<day1>\d{1,2})(?:,?\s+(?<year1>(?:19|20)\d{2}))?
          |(?<day2>\d{1,2})\s+(?<month2>\p{L}{3,9}\.?)(?:,?\s+(?<year2>(?:19|20)\d{2}))?)
        \s*(?:\((?<agency>[^()\n]{1,40})\))?\s*[-\u2013\u2014]
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BoundedInputTimeout)]
    private static partial Regex Pattern();

    // A place in capitals, an optional region, an optional date, then an agency in brackets or a dash.
    [GeneratedRegex("""
        ^\s*(?<place>\p{Lu}[\p{Lu}\p{M} .'/\-]{1,40}?)(?:,\s*(?<region>\p{Lu}[\p{L} .]{1,30}?))?
        (?:,\s+(?:\p{L}{3,9}\.?\s+\d{1,2}|\d{1,2}\s+\p{L}{3,9}\.?)(?:,?\s+(?:19|20)\d{2})?)?
        \s*(?:\([^()\n]{1,40}\))?\s*[-\u2013\u2014]\s
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BoundedInputTimeout)]
    private static partial Regex PlacePattern();
}
