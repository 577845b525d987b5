using System.Globalization;

namespace Parley.Storage.Export;

/// <summary>
/// Events as CSV (RFC 4180) with GDELT-style columns, so scripts written for GDELT event files load it:
/// SQLDATE, Actor1Code/Name/Type1Code, Actor2…, EventCode (CAMEO), the PLOVER type, mode and score,
/// ActionGeo_FullName/CountryCode/Lat/Long, NumSources and SOURCEURL.
/// </summary>
public static class EventCsv
{
    /// <summary>The header, in column order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "GLOBALEVENTID", "SQLDATE", "Actor1Code", "Actor1Name", "Actor1Type1Code", "Actor2Code", "Actor2Name", "Actor2Type1Code",
        "EventCode", "PloverType", "PloverMode", "PloverScore", "Modality", "Confidence",
        "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_Lat", "ActionGeo_Long", "NumSources", "SOURCEURL",
    ];

    /// <summary>Writes the header and one line per event; returns how many events.</summary>
    public static long Write(TextWriter writer, IEnumerable<EventRecord> events)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(events);
        writer.Write(string.Join(',', Columns));
        writer.Write("\r\n");
        long count = 0;
        foreach (var e in events)
        {
            var a = e.Actors.Count > 0 ? e.Actors[0] : null;
            var r = e.Recipients.Count > 0 ? e.Recipients[0] : null;
            string?[] fields =
            [
                Number(e.Id), e.Day?.Replace("-", "", StringComparison.Ordinal), a?.Code, a?.Name, a?.Sector, r?.Code, r?.Name, r?.Sector,
                e.Cameo, e.PloverType, e.PloverMode, Number(e.Score), e.Modality, Number(e.Confidence),
                e.LocationName, e.Country, e.Latitude is { } lat ? Number(lat) : null, e.Longitude is { } lon ? Number(lon) : null, Number(e.Sources), e.Url,
            ];
            for (var i = 0; i < fields.Length; i++)
            {
                if (i > 0)
                    writer.Write(',');
                writer.Write(Quote(fields[i]));
            }
            writer.Write("\r\n");
            count++;
        }
        return count;
    }

    /// <summary>Splits one CSV line written by <see cref="Write"/> back into fields (for tests and tools).</summary>
    public static List<string> Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                    quoted = false;
                else
                    field.Append(c);
            }
            else if (c == '"')
                quoted = true;
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
                field.Append(c);
        }
        fields.Add(field.ToString());
        return fields;
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A CSV field (RFC 4180): quoted when it holds a comma, quote or line break, quotes doubled.</summary>
    public static string Quote(string? value)
    {
        if (string.IsNullOrEmpty(value))
            return "";
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
