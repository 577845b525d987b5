namespace Parley.Storage.Export;

/// <summary>The JSON shape of <see cref="StoreStatistics"/>, shared by <c>parley stats --format json</c> and <c>GET /api/stats</c>.</summary>
public static class StatisticsJson
{
    /// <summary>An object that serialises to the statistics' JSON (snake_case names given here, whatever the serialiser's policy).</summary>
    public static object From(StoreStatistics s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new Dictionary<string, object>
        {
            ["documents"] = s.Totals.Documents,
            ["events"] = s.Totals.Events,
            ["sources"] = s.Totals.Sources,
            ["duplicates"] = s.Totals.Copies,
            ["matching_events"] = s.Events,
            ["by_type"] = s.ByType.Select(t => new Dictionary<string, object> { ["type"] = t.Key, ["events"] = t.Count }),
            ["by_month"] = s.ByMonth.Select(m => new Dictionary<string, object> { ["month"] = m.Key, ["events"] = m.Count }),
            ["by_dyad"] = s.ByDyad.Select(d => new Dictionary<string, object> { ["actor"] = d.Actor, ["recipient"] = d.Recipient, ["events"] = d.Events, ["mean_score"] = d.MeanScore }),
            ["dyad_month_index"] = s.Index.Select(m => new Dictionary<string, object> { ["actor"] = m.Actor, ["recipient"] = m.Recipient, ["month"] = m.Month, ["events"] = m.Events, ["index"] = m.Index }),
        };
    }
}
