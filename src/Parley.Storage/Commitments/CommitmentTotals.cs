namespace Parley.Storage.Commitments;

/// <summary>USD totals of a list of commitments, by donor, recipient and month (a commitment with several donors counts for each).</summary>
/// <param name="Usd">All of them.</param>
/// <param name="ByDonor">Per donor code, largest first.</param>
/// <param name="ByRecipient">Per recipient code, largest first ("-" when the text names none).</param>
/// <param name="ByMonth">Per month (YYYY-MM), in order.</param>
public sealed record CommitmentTotals(
    decimal Usd, IReadOnlyList<CommitmentTotal> ByDonor, IReadOnlyList<CommitmentTotal> ByRecipient, IReadOnlyList<CommitmentTotal> ByMonth)
{
    /// <summary>The totals of <paramref name="commitments"/>; amounts without a USD estimate count as commitments, not dollars.</summary>
    public static CommitmentTotals Of(IReadOnlyList<Commitment> commitments)
    {
        ArgumentNullException.ThrowIfNull(commitments);
        static IReadOnlyList<CommitmentTotal> Sum(IEnumerable<(string Key, decimal? Usd)> rows) =>
            rows.GroupBy(r => r.Key, StringComparer.Ordinal).Select(g => new CommitmentTotal(g.Key, g.Sum(r => r.Usd ?? 0), g.Count())).ToList();
        return new CommitmentTotals(
            commitments.Sum(c => c.Usd ?? 0),
            [.. Sum(commitments.SelectMany(c => c.Donors.Select(d => (d, c.Usd)))).OrderByDescending(t => t.Usd).ThenBy(t => t.Key, StringComparer.Ordinal)],
            [.. Sum(commitments.SelectMany(c => (c.Recipients.Count > 0 ? c.Recipients : ["-"]).Select(r => (r, c.Usd)))).OrderByDescending(t => t.Usd).ThenBy(t => t.Key, StringComparer.Ordinal)],
            [.. Sum(commitments.Select(c => (c.Day is { Length: >= 7 } day ? day[..7] : "-", c.Usd))).OrderBy(t => t.Key, StringComparer.Ordinal)]);
    }
}
