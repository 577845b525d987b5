using Parley.Storage;
using Parley.Storage.Commitments;
using Parley.Storage.Sqlite;
using Parley.Tests.Support;

namespace Parley.Tests.Storage;

/// <summary>The commitments ledger over a real SQLite store, each test with articles of its own.</summary>
public sealed class CommitmentLedgerTests : IDisposable
{
    private readonly TempDirectory temp = new();

    private IReadOnlyList<Commitment> Ledger(CommitmentQuery query, params (string Text, string Published, string Source)[] articles)
    {
        using var store = SqliteEventStore.Open(Path.Combine(temp.Path, "parley.db"));
        store.Store([.. articles.Select((a, i) => StoreArticles.Make(a.Text, a.Published, url: $"https://example.test/{i}", source: a.Source))]);
        return CommitmentLedger.Shipped.List(store, query);
    }

    [Fact]
    public void APledgeRepeatedByTwoOutlets_IsOneCommitmentWithTwoSources()
    {
        var commitments = Ledger(new CommitmentQuery(),
            ("WASHINGTON, March 4 (Parley Wire) - The United States pledged $500 million in military aid to Ukraine on Monday.", "2024-03-04", "Parley Wire"),
            ("BERLIN, March 5 (Harbour Times) - The United States pledged $500 million in military aid to Ukraine, officials said on Tuesday.", "2024-03-05", "Harbour Times"));
        var pledge = Assert.Single(commitments);
        Assert.Equal(["USA"], pledge.Donors);
        Assert.Equal(["UKR"], pledge.Recipients);
        Assert.Equal(("military", "pledged", 500_000_000m, "USD", 500_000_000m), (pledge.Category, pledge.Status, pledge.Amount, pledge.Currency, pledge.Usd));
        Assert.Equal((2, 2), (pledge.Reports.Count, pledge.Sources));
    }

    [Fact]
    public void AnAmountInEuros_IsEstimatedInDollarsAtItsYearsRate()
    {
        var deal = Assert.Single(Ledger(new CommitmentQuery(),
            ("BRUSSELS, Feb. 1, 2024 (Parley Wire) - European Union leaders agreed on Thursday to a €50 billion package of financial support for Ukraine.", "2024-02-01", "Parley Wire")));
        Assert.Equal((50_000_000_000m, "EUR", "financial"), (deal.Amount, deal.Currency, deal.Category));
        Assert.Equal(54_100_000_000m, deal.Usd); // 1.082 dollars a euro in 2024 (lexicons/money/usd-rates.tsv)
    }

    [Fact]
    public void Deliveries_Speculation_AndDenials_AreToldApart()
    {
        var commitments = Ledger(new CommitmentQuery { Donor = "DEU" },
            ("BERLIN, March 5 (Parley Wire) - Germany delivered three IRIS-T air defence systems to Ukraine on Tuesday.", "2024-03-05", "Parley Wire"),
            ("BERLIN, March 6 (Parley Wire) - Germany could send Taurus missiles to Ukraine, analysts said.", "2024-03-06", "Parley Wire"),
            ("BERLIN, March 7 (Parley Wire) - Germany has not delivered Taurus missiles to Ukraine, officials said.", "2024-03-07", "Parley Wire"));
        Assert.Equal(2, commitments.Count);
        Assert.Equal(("delivered", "military"), (commitments[0].Status, commitments[0].Category));
        Assert.Equal(["3 systems"], commitments[0].Systems);
        Assert.Equal("disputed", commitments[1].Status);
    }

    [Fact]
    public void TheCategoryFilter_KeepsOnlyThatKindOfAid()
    {
        var financial = Ledger(new CommitmentQuery { Category = "financial" },
            ("WASHINGTON, March 4 (Parley Wire) - The United States pledged $500 million in military aid to Ukraine on Monday.", "2024-03-04", "Parley Wire"),
            ("BRUSSELS, Feb. 1, 2024 (Parley Wire) - European Union leaders agreed on Thursday to a €50 billion package of financial support for Ukraine.", "2024-02-01", "Parley Wire"));
        Assert.Equal(["EU"], Assert.Single(financial).Donors);
    }

    [Fact]
    public void Totals_SumDollarsByDonorRecipientAndMonth()
    {
        var totals = CommitmentTotals.Of(Ledger(new CommitmentQuery(),
            ("WASHINGTON, March 4 (Parley Wire) - The United States pledged $500 million in military aid to Ukraine on Monday.", "2024-03-04", "Parley Wire"),
            ("BRUSSELS, Feb. 1, 2024 (Parley Wire) - European Union leaders agreed on Thursday to a €50 billion package of financial support for Ukraine.", "2024-02-01", "Parley Wire")));
        Assert.Equal(54_600_000_000m, totals.Usd);
        Assert.Equal(["EU", "USA"], totals.ByDonor.Select(t => t.Key));
        Assert.Equal(("UKR", 54_600_000_000m, 2), (totals.ByRecipient[0].Key, totals.ByRecipient[0].Usd, totals.ByRecipient[0].Count));
        Assert.Equal(["2024-02", "2024-03"], totals.ByMonth.Select(t => t.Key));
    }

    [Fact]
    public void Totals_CountAPackageSharedByRecipientsOnceUnderThemAll()
    {
        var totals = CommitmentTotals.Of(Ledger(new CommitmentQuery(),
            ("WASHINGTON, March 4 (Parley Wire) - The United States pledged $500 million in military aid to Ukraine on Monday.", "2024-03-04", "Parley Wire"),
            ("WASHINGTON, April 24 (Parley Wire) - The United States approved $95 billion in military aid to Ukraine and Israel on Wednesday.", "2024-04-24", "Parley Wire")));
        Assert.Equal(95_500_000_000m, totals.Usd);
        Assert.Equal([("ISR+UKR", 95_000_000_000m, 1), ("UKR", 500_000_000m, 1)], totals.ByRecipient.Select(t => (t.Key, t.Usd, t.Count)));
        Assert.Equal(totals.Usd, totals.ByRecipient.Sum(t => t.Usd));
    }

    private const string Package = "WASHINGTON, May 6, 2024 (Parley Wire) - The United States approved a $50 billion aid package for Ukraine and Moldova on Monday.";

    [Fact]
    public void ASumThePackageIncludes_IsListedAsPartOfIt_AndNotSummedAgain()
    {
        var commitments = Ledger(new CommitmentQuery(), (Package + " It includes about $20 billion for Moldova.", "2024-05-06", "Parley Wire"));
        Assert.Equal([50_000_000_000m, 20_000_000_000m], commitments.Select(c => c.Amount));
        Assert.Null(commitments[0].PartOf);
        Assert.Equal(commitments[0].Evidence.Id, commitments[1].PartOf);
        var totals = CommitmentTotals.Of(commitments);
        Assert.Equal((50_000_000_000m, 1), (totals.Usd, totals.Parts));
        Assert.Equal([("USA", 50_000_000_000m, 1)], totals.ByDonor.Select(t => (t.Key, t.Usd, t.Count)));
        Assert.Equal([("2024-05", 50_000_000_000m, 1)], totals.ByMonth.Select(t => (t.Key, t.Usd, t.Count)));
        Assert.Equal(totals.Usd, totals.ByRecipient.Sum(t => t.Usd));
    }

    [Fact]
    public void ASumOfAWholeNamedInItsSentence_IsPartOfThatWhole()
    {
        var commitments = Ledger(new CommitmentQuery(),
            (Package + " Out of the $50 billion package, the United States will provide $20 billion to Moldova.", "2024-05-06", "Parley Wire"));
        var part = Assert.Single(commitments, c => c.PartOf is not null);
        Assert.Equal(20_000_000_000m, part.Amount);
        Assert.Equal(Assert.Single(commitments, c => c.Amount == 50_000_000_000m).Evidence.Id, part.PartOf);
        Assert.Equal(50_000_000_000m, CommitmentTotals.Of(commitments).Usd);
    }

    [Fact]
    public void TwoPackagesOfOneDonorInOneArticle_BothCount()
    {
        var commitments = Ledger(new CommitmentQuery(),
            (Package + " The United States also pledged $20 billion in military aid to Moldova, including air defence systems.", "2024-05-06", "Parley Wire"));
        Assert.Equal(2, commitments.Count);
        Assert.All(commitments, c => Assert.Null(c.PartOf));
        Assert.Equal((70_000_000_000m, 0), (CommitmentTotals.Of(commitments).Usd, CommitmentTotals.Of(commitments).Parts));
    }

    [Fact]
    public void APartWhoseWholeIsFilteredOut_CountsAsAllTheListShows()
    {
        var commitments = Ledger(new CommitmentQuery(), (Package + " It includes about $20 billion for Moldova.", "2024-05-06", "Parley Wire"));
        var totals = CommitmentTotals.Of([commitments[1]]);
        Assert.Equal((20_000_000_000m, 0), (totals.Usd, totals.Parts));
    }

    public void Dispose() => temp.Dispose();
}
