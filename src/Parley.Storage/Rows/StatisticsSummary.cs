namespace Parley.Storage.Rows;

/// <summary>
/// The figures of <see cref="StoreStatistics"/> from grouped counts, whichever back end counted them and
/// however (kept at write time or scanned): the orderings, the top 20 dyads and the rounding live here once.
/// </summary>
internal static class StatisticsSummary
{
    /// <summary>How many dyads the statistics list, busiest first.</summary>
    public const int TopDyads = 20;

    /// <summary>
    /// The statistics from counts by type and month and by dyad; <paramref name="months"/> gives the monthly
    /// counts of the busiest dyads.
    /// </summary>
    public static StoreStatistics Of(
        StoreTotals totals,
        List<(string Type, string? Month, long Count)> typeMonth,
        List<(string Actor, string Recipient, long Count, double Sum)> dyads,
        Func<List<DyadCount>, List<(string Actor, string Recipient, string Month, long Count, double Sum)>> months)
    {
        var events = typeMonth.Sum(t => t.Count);
        var byType = typeMonth.GroupBy(t => t.Type, StringComparer.Ordinal).Select(g => new CountRow(g.Key, g.Sum(t => t.Count)))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Key, StringComparer.Ordinal).ToList();
        var byMonth = typeMonth.Where(t => t.Month is not null).GroupBy(t => t.Month!, StringComparer.Ordinal).Select(g => new CountRow(g.Key, g.Sum(t => t.Count)))
            .OrderBy(c => c.Key, StringComparer.Ordinal).ToList();
        var byDyad = dyads.Select(d => new DyadCount(d.Actor, d.Recipient, d.Count, Math.Round(d.Sum / d.Count, 2)))
            .OrderByDescending(d => d.Events).ThenBy(d => d.Actor, StringComparer.Ordinal).ThenBy(d => d.Recipient, StringComparer.Ordinal).Take(TopDyads).ToList();
        var index = months(byDyad)
            .OrderBy(d => d.Actor, StringComparer.Ordinal).ThenBy(d => d.Recipient, StringComparer.Ordinal).ThenBy(d => d.Month, StringComparer.Ordinal)
            .Select(d => new DyadMonth(d.Actor, d.Recipient, d.Month, d.Count, Math.Round(d.Sum / d.Count, 2))).ToList();
        return new StoreStatistics(totals, events, byType, byMonth, byDyad, index);
    }

    /// <summary>
    /// The statistics from a scan of the matching events, grouped by type and month and by dyad and month
    /// (a null month for events without a day): the other figures are sums of these.
    /// </summary>
    public static StoreStatistics FromScan(
        StoreTotals totals,
        List<(string Type, string? Month, long Count)> typeMonth,
        List<(string Actor, string Recipient, string? Month, long Count, double Sum)> dyadMonth)
    {
        var dyads = dyadMonth.GroupBy(d => (d.Actor, d.Recipient)).Select(g => (g.Key.Actor, g.Key.Recipient, Count: g.Sum(d => d.Count), Sum: g.Sum(d => d.Sum))).ToList();
        return Of(totals, typeMonth, dyads, top =>
        {
            var wanted = top.Select(d => (d.Actor, d.Recipient)).ToHashSet();
            return dyadMonth.Where(d => d.Month is not null && wanted.Contains((d.Actor, d.Recipient))).Select(d => (d.Actor, d.Recipient, d.Month!, d.Count, d.Sum)).ToList();
        });
    }

    /// <summary>
    /// True when <paramref name="query"/> filters on nothing but modality: what statistics kept per modality at
    /// write time can answer without a scan.
    /// </summary>
    public static bool FiltersOnlyModality(EventQuery query) =>
        query with { Modality = null, Limit = null, Offset = 0, MinSources = Math.Min(query.MinSources, 1) } == new EventQuery { Modality = null, MinSources = Math.Min(query.MinSources, 1) };
}
