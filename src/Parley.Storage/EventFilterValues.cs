using Parley.Dates;

namespace Parley.Storage;

/// <summary>
/// How the text of an event filter reads (a day given to the day, month or year; a dyad "A,B"; the modality
/// names): one reading for every front end — the command line's options and the web API's query string —
/// so that <c>--since 2023-02</c> and <c>?since=2023-02</c> can never mean two things.
/// </summary>
public static class EventFilterValues
{
    /// <summary>The values a modality filter accepts; <c>any</c> lets every modality through.</summary>
    public static IReadOnlyList<string> Modalities { get; } = ["asserted", "future", "hypothetical", "negated", "historical", "any"];

    /// <summary>The values a cluster-modality filter accepts.</summary>
    public static IReadOnlyList<string> ClusterModalities { get; } = ["confirmed", "reported", "claimed", "speculative", "disputed", "negated"];

    /// <summary>Two codes separated by a comma ("USA,CHN"), or null when <paramref name="value"/> is not that.</summary>
    public static (string, string)? Dyad(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var parts = value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 2 ? (parts[0], parts[1]) : null;
    }

    /// <summary>The first (or, with <paramref name="last"/>, the last) day of a date given to the day, month or year; null when it is not a date.</summary>
    public static DateOnly? Day(string value, bool last)
    {
        if (!PartialDate.TryParse(value, out var date))
            return null;
        return date.Precision switch
        {
            DatePrecision.Day => date.AsDay,
            DatePrecision.Month => last ? new DateOnly(date.Year, date.Month, 1).AddMonths(1).AddDays(-1) : new DateOnly(date.Year, date.Month, 1),
            DatePrecision.Year => last ? new DateOnly(date.Year, 12, 31) : new DateOnly(date.Year, 1, 1),
            _ => null,
        };
    }
}
