namespace Parley.Dates;

/// <summary>How much of a date is known.</summary>
public enum DatePrecision : byte
{
    /// <summary>Only the year.</summary>
    Year,
    /// <summary>Year and month.</summary>
    Month,
    /// <summary>Month and day, year unknown (a dateline such as "KYIV, Feb 19").</summary>
    MonthDay,
    /// <summary>A full calendar date.</summary>
    Day,
}
