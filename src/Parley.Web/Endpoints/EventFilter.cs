using Parley.Events;

namespace Parley.Web.Endpoints;

/// <summary>
/// The filters of <c>parley events</c> read from a query string (<c>?actor=USA&amp;since=2023-02</c>), with
/// the same names (snake_case: <c>min_sources</c>, <c>cluster_modality</c>) and the same readings
/// (<see cref="EventFilterValues"/>), plus paging. Used by the API and the pages alike.
/// </summary>
/// <param name="Query">The store query; paging set.</param>
/// <param name="Values">The filter values as given (trimmed, empty ones left out), to refill a form or build a link.</param>
/// <param name="Errors">What is wrong with the request, one message per value; empty when it is valid.</param>
public sealed record EventFilter(EventQuery Query, IReadOnlyDictionary<string, string> Values, IReadOnlyList<string> Errors)
{
    /// <summary>The filter names, in the order the events form shows them.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["actor", "recipient", "dyad", "type", "mode", "context", "modality", "place", "country", "since", "until", "source", "min_sources", "cluster_modality"];

    /// <summary>Reads the filters and paging of <paramref name="request"/>; a page holds at most <paramref name="maxLimit"/> events.</summary>
    public static EventFilter Read(IQueryCollection request, int defaultLimit = Limits.DefaultPage, int maxLimit = Limits.MaxPage)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new List<string>();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in Names)
        {
            if (request[name].ToString().Trim() is { Length: > 0 } value)
            {
                if (value.Length > Limits.MaxText)
                    errors.Add($"{name} is longer than {Limits.MaxText} characters.");
                else
                    values[name] = value;
            }
        }
        string? Get(string name) => values.GetValueOrDefault(name);

        var dyad = Get("dyad") is { } d ? EventFilterValues.Dyad(d) : null;
        if (Get("dyad") is { } badDyad && dyad is null)
            errors.Add($"dyad '{badDyad}' must be two codes separated by a comma, such as USA,CHN.");
        var since = Day("since", last: false);
        var until = Day("until", last: true);
        var modality = Get("modality") ?? "asserted";
        if (!EventFilterValues.Modalities.Contains(modality))
            errors.Add($"modality '{modality}' must be one of {string.Join(", ", EventFilterValues.Modalities)}.");
        if (Get("cluster_modality") is { } cluster && !EventFilterValues.ClusterModalities.Contains(cluster))
            errors.Add($"cluster_modality '{cluster}' must be one of {string.Join(", ", EventFilterValues.ClusterModalities)}.");
        var minSources = Number(request, "min_sources", 0, 0, 1000, errors);
        var limit = Number(request, "limit", defaultLimit, 1, maxLimit, errors);
        var offset = Number(request, "offset", 0, 0, Limits.MaxOffset, errors);

        var query = new EventQuery
        {
            Actor = Get("actor"),
            Recipient = Get("recipient"),
            Dyad = dyad,
            Type = Get("type")?.ToUpperInvariant(),
            Mode = Get("mode"),
            Context = Get("context"),
            Modality = modality is "any" || !EventFilterValues.Modalities.Contains(modality) ? null : Enum.Parse<EventModality>(modality, ignoreCase: true),
            Place = Get("place"),
            Country = Get("country"),
            Since = since,
            Until = until,
            Source = Get("source"),
            MinSources = minSources,
            ClusterModality = Get("cluster_modality"),
            Limit = limit,
            Offset = offset,
        };
        return new EventFilter(query, values, errors);

        DateOnly? Day(string name, bool last)
        {
            if (Get(name) is not { } text)
                return null;
            var day = EventFilterValues.Day(text, last);
            if (day is null)
                errors.Add($"{name} '{text}' is not a date; write YYYY-MM-DD, YYYY-MM or YYYY.");
            return day;
        }
    }

    /// <summary>A query string of the filter values, with <paramref name="extra"/> appended ("?actor=USA&amp;format=csv").</summary>
    public string QueryString(params (string Name, string? Value)[] extra)
    {
        var parts = Values.Select(v => (v.Key, (string?)v.Value)).Concat(extra).Where(p => !string.IsNullOrEmpty(p.Item2))
            .Select(p => $"{Uri.EscapeDataString(p.Item1)}={Uri.EscapeDataString(p.Item2!)}");
        var joined = string.Join('&', parts);
        return joined.Length == 0 ? "" : "?" + joined;
    }

    private static int Number(IQueryCollection request, string name, int fallback, int min, int max, List<string> errors)
    {
        var text = request[name].ToString().Trim();
        if (text.Length == 0)
            return fallback;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
            return value;
        errors.Add(string.Create(CultureInfo.InvariantCulture, $"{name} '{Truncate(text)}' must be a whole number from {min} to {max}."));
        return fallback;
    }

    private static string Truncate(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
