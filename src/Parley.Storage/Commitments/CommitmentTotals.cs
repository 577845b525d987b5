namespace Parley.Storage.Commitments;

/// <summary>
/// USD totals of a list of commitments, by donor, recipient and month. A commitment shared by several donors or
/// recipients counts once, under all of them together ("ISR+UKR"): a report of a $95 billion package for Ukraine,
/// Israel and Taiwan does not say how much each gets, and counting it in full for each would make every table
/// add up to more than was committed.
/// </summary>
/// <param name="Usd">All of them.</param>
/// <param name="ByDonor">Per donor code (or joint donors, '+' between their codes), largest first.</param>
/// <param name="ByRecipient">Per recipient code (or joint recipients), largest first ("-" when the text names none).</param>
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
            [.. Sum(commitments.Select(c => (c.DonorKey, c.Usd))).OrderByDescending(t => t.Usd).ThenBy(t => t.Key, StringComparer.Ordinal)],
            [.. Sum(commitments.Select(c => (c.RecipientKey, c.Usd))).OrderByDescending(t => t.Usd).ThenBy(t => t.Key, StringComparer.Ordinal)],
            [.. Sum(commitments.Select(c => (c.Day is { Length: >= 7 } day ? day[..7] : "-", c.Usd))).OrderBy(t => t.Key, StringComparer.Ordinal)]);
    }
}
