namespace Parley.Storage.Commitments;

/// <summary>
/// USD totals of a list of commitments, by donor, recipient and month. A commitment shared by several donors or
/// recipients counts once, under all of them together ("ISR+UKR"): a report of a $95 billion package for Ukraine,
/// Israel and Taiwan does not say how much each gets, and counting it in full for each would make every table
/// add up to more than was committed. For the same reason a part listed beside its whole ("includes $61bn for
/// Ukraine" beside the $95bn bill) is not added again.
/// </summary>
/// <param name="Usd">All of them.</param>
/// <param name="ByDonor">Per donor code (or joint donors, '+' between their codes), largest first.</param>
/// <param name="ByRecipient">Per recipient code (or joint recipients), largest first ("-" when the text names none).</param>
/// <param name="ByMonth">Per month (YYYY-MM), in order.</param>
/// <param name="Parts">How many of the commitments are parts of another one listed, shown but not summed.</param>
public sealed record CommitmentTotals(
    decimal Usd, IReadOnlyList<CommitmentTotal> ByDonor, IReadOnlyList<CommitmentTotal> ByRecipient, IReadOnlyList<CommitmentTotal> ByMonth, int Parts)
{
    /// <summary>
    /// The totals of <paramref name="commitments"/>, parts of another listed one left out; amounts without a USD
    /// estimate count as commitments, not dollars.
    /// </summary>
    public static CommitmentTotals Of(IReadOnlyList<Commitment> commitments)
    {
        var wholes = Wholes(commitments);
        static IReadOnlyList<CommitmentTotal> Sum(IEnumerable<(string Key, decimal? Usd)> rows) =>
            rows.GroupBy(r => r.Key, StringComparer.Ordinal).Select(g => new CommitmentTotal(g.Key, g.Sum(r => r.Usd ?? 0), g.Count())).ToList();
        return new CommitmentTotals(
            wholes.Sum(c => c.Usd ?? 0),
            [.. Sum(wholes.Select(c => (c.DonorKey, c.Usd))).OrderByDescending(t => t.Usd).ThenBy(t => t.Key, StringComparer.Ordinal)],
            [.. Sum(wholes.Select(c => (c.RecipientKey, c.Usd))).OrderByDescending(t => t.Usd).ThenBy(t => t.Key, StringComparer.Ordinal)],
            [.. Sum(wholes.Select(c => (c.Day is { Length: >= 7 } day ? day[..7] : "-", c.Usd))).OrderBy(t => t.Key, StringComparer.Ordinal)],
            commitments.Count - wholes.Count);
    }

    /// <summary>
    /// The commitments that count: all but those that are part of another in the list. A part whose whole is not
    /// listed (left out by a filter) counts, being all of that commitment the list shows.
    /// </summary>
    public static IReadOnlyList<Commitment> Wholes(IReadOnlyList<Commitment> commitments)
    {
        ArgumentNullException.ThrowIfNull(commitments);
        var listed = commitments.Select(c => c.Evidence.Id).ToHashSet();
        return commitments.Where(c => c.PartOf is not { } whole || !listed.Contains(whole)).ToList();
    }
}
