using System.Globalization;

namespace Parley.Mentions;

/// <summary>
/// The time a date mention resolves to: a range of days <c>[First, Last]</c> and its precision, written in
/// ISO 8601 as <see cref="Value"/> (<c>2025-02-19</c>, <c>2025-W08</c>, <c>2025-02</c>, <c>2025-Q1</c>, <c>2025</c>, or <c>199</c> for the 1990s).
/// </summary>
public sealed record TimeReference(DateOnly First, DateOnly Last, TimePrecision Precision)
{
    /// <summary>The ISO 8601 form at the reference's precision.</summary>
    public string Value => Precision switch
    {
        TimePrecision.Day => First.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimePrecision.Week => string.Create(CultureInfo.InvariantCulture,
            $"{ISOWeek.GetYear(First.ToDateTime(TimeOnly.MinValue)):D4}-W{ISOWeek.GetWeekOfYear(First.ToDateTime(TimeOnly.MinValue)):D2}"),
        TimePrecision.Month => First.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        TimePrecision.Quarter => string.Create(CultureInfo.InvariantCulture, $"{First.Year:D4}-Q{(First.Month - 1) / 3 + 1}"),
        TimePrecision.Year => First.Year.ToString("D4", CultureInfo.InvariantCulture),
        _ => (First.Year / 10).ToString("D3", CultureInfo.InvariantCulture),
    };

    /// <summary>A single day.</summary>
    public static TimeReference OnDay(DateOnly day) => new(day, day, TimePrecision.Day);

    /// <summary>The ISO week (Monday to Sunday) containing <paramref name="day"/>.</summary>
    public static TimeReference WeekOf(DateOnly day)
    {
        var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
        return new(monday, monday.AddDays(6), TimePrecision.Week);
    }

    /// <summary>A month.</summary>
    public static TimeReference InMonth(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        return new(first, first.AddMonths(1).AddDays(-1), TimePrecision.Month);
    }

    /// <summary>A quarter, 1–4.</summary>
    public static TimeReference InQuarter(int year, int quarter)
    {
        var first = new DateOnly(year, (quarter - 1) * 3 + 1, 1);
        return new(first, first.AddMonths(3).AddDays(-1), TimePrecision.Quarter);
    }

    /// <summary>A year.</summary>
    public static TimeReference InYear(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), TimePrecision.Year);

    /// <summary>The decade starting at <paramref name="firstYear"/> (1990 for the 1990s).</summary>
    public static TimeReference InDecade(int firstYear) =>
        new(new DateOnly(firstYear, 1, 1), new DateOnly(firstYear + 9, 12, 31), TimePrecision.Decade);
}
