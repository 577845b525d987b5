using System.Globalization;
using Parley.Dates;

namespace Parley.Reading;

/// <summary>Reads the date written in metadata (ISO 8601, RFC 822, or plain dates) as the date it names.</summary>
public static class MetadataDate
{
    /// <summary>The calendar date of <paramref name="value"/> as written (its own offset is kept, not converted).</summary>
    public static PartialDate? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        var text = value.Trim();
        if (PartialDate.TryParse(text.Length > 10 && text[10] is 'T' or ' ' ? text[..10] : text, out var partial))
            return partial;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var moment))
            return PartialDate.FromDate(DateOnly.FromDateTime(moment.DateTime));
        return null;
    }

    /// <summary>A date already parsed by a library (feeds), as a day.</summary>
    public static PartialDate? FromDateTime(DateTime? value) =>
        value is { } moment && moment != default ? PartialDate.FromDate(DateOnly.FromDateTime(moment)) : null;
}
