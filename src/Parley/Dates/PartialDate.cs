using System.Globalization;

namespace Parley.Dates;

/// <summary>
/// A calendar date known to a given <see cref="DatePrecision"/>. Printed in ISO 8601 form:
/// <c>2025-02-19</c>, <c>2025-02</c>, <c>2025</c>, or <c>--02-19</c> when the year is unknown.
/// </summary>
public readonly record struct PartialDate
{
    private PartialDate(int year, int month, int day, DatePrecision precision)
    {
        Year = year;
        Month = month;
        Day = day;
        Precision = precision;
    }

    /// <summary>The year, or 0 when <see cref="Precision"/> is <see cref="DatePrecision.MonthDay"/>.</summary>
    public int Year { get; }

    /// <summary>The month 1–12, or 0 when only the year is known.</summary>
    public int Month { get; }

    /// <summary>The day of month, or 0 when not known.</summary>
    public int Day { get; }

    /// <summary>What is known of the date.</summary>
    public DatePrecision Precision { get; }

    /// <summary>The calendar day, when the date is known to the day; null otherwise.</summary>
    public DateOnly? AsDay => Precision == DatePrecision.Day ? new DateOnly(Year, Month, Day) : null;

    /// <summary>A full date.</summary>
    public static PartialDate FromDate(DateOnly date) => new(date.Year, date.Month, date.Day, DatePrecision.Day);

    /// <summary>A year and month.</summary>
    public static PartialDate FromYearMonth(int year, int month) =>
        new(year, ValidMonth(month), 0, DatePrecision.Month);

    /// <summary>A year alone.</summary>
    public static PartialDate FromYear(int year) => new(year, 0, 0, DatePrecision.Year);

    /// <summary>A month and day without a year; February 29 is allowed.</summary>
    public static PartialDate FromMonthDay(int month, int day)
    {
        if (day < 1 || day > DateTime.DaysInMonth(2000, ValidMonth(month)))
            throw new ArgumentOutOfRangeException(nameof(day), day, "Day does not exist in that month.");
        return new PartialDate(0, month, day, DatePrecision.MonthDay);
    }

    /// <summary>Parses <c>YYYY-MM-DD</c>, <c>YYYY-MM</c>, <c>YYYY</c> or <c>--MM-DD</c>.</summary>
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
            return false;
        var s = text.Trim();
        var invariant = CultureInfo.InvariantCulture;
        if (DateOnly.TryParseExact(s, "yyyy-MM-dd", invariant, DateTimeStyles.None, out var day))
        {
            date = FromDate(day);
            return true;
        }
        if (DateOnly.TryParseExact(s, "yyyy-MM", invariant, DateTimeStyles.None, out var month))
        {
            date = FromYearMonth(month.Year, month.Month);
            return true;
        }
        if (s.Length == 4 && int.TryParse(s, NumberStyles.None, invariant, out var year) && year > 0)
        {
            date = FromYear(year);
            return true;
        }
        if (s.StartsWith("--", StringComparison.Ordinal)
            && DateOnly.TryParseExact("2000-" + s[2..], "yyyy-MM-dd", invariant, DateTimeStyles.None, out var md))
        {
            date = FromMonthDay(md.Month, md.Day);
            return true;
        }
        return false;
    }

    /// <inheritdoc />
    public override string ToString() => Precision switch
    {
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        DatePrecision.MonthDay => string.Create(CultureInfo.InvariantCulture, $"--{Month:D2}-{Day:D2}"),
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    private static int ValidMonth(int month) =>
        month is >= 1 and <= 12 ? month : throw new ArgumentOutOfRangeException(nameof(month), month, "Month must be 1–12.");
}
