using Parley.Storage;
using Parley.Storage.Sqlite;
using Parley.Tests.Support;

namespace Parley.Tests.Storage;

/// <summary>
/// How the sources of a happening tell it (the cluster modality), kept as articles arrive. Every article
/// here tells one shelling of Kharkiv (ASSAULT, RUS → UKR, filed under 2023-02-20) in its own way, padded
/// with a paragraph of its own so that none is a near-duplicate of another unless a test means it to be.
/// </summary>
public sealed class SqliteClusterModalityTests : IDisposable
{
    private const string Asserted = "Russian forces shelled Kharkiv on Sunday.";
    private const string AssertedOtherwise = "Artillery units of the Russian army bombarded the city of Kharkiv on Sunday, killing two people and wounding several others near the central market.";
    private const string Claimed = "Ukraine said Russian forces shelled Kharkiv on Sunday.";
    private const string Denied = "Russia denied that its forces shelled Kharkiv on Sunday.";
    private const string Speculated = "Russian forces may have shelled Kharkiv on Sunday.";

    // Paragraphs without events, one per outlet, so that two articles share little but their news.
    private static readonly Dictionary<string, string> Padding = new(StringComparer.Ordinal)
    {
        ["wire"] = "Snow fell across the northeast for a third day and temperatures dropped well below freezing, with forecasters expecting the cold spell to last until the end of the week.",
        ["post"] = "Local bakeries reopened in several districts after repairs to the power grid, and queues formed early at the bus stations as schools prepared to resume lessons next month.",
        ["times"] = "Farmers in the surrounding villages said the harvest had been poorer than usual this year because of a dry summer and the high price of fuel for machinery.",
        ["ledger"] = "A new exhibition of nineteenth century paintings opened at the regional museum on Saturday, drawing crowds of students, families and retired teachers from nearby towns.",
    };

    private readonly TempDirectory temp = new();
    private readonly SqliteEventStore store;

    public SqliteClusterModalityTests() => store = SqliteEventStore.Open(Path.Combine(temp.Path, "parley.db"));

    public void Dispose()
    {
        store.Dispose();
        temp.Dispose();
    }

    [Theory]
    [InlineData("reported", 1, Asserted)]
    [InlineData("confirmed", 2, Asserted, AssertedOtherwise)]
    [InlineData("reported", 2, Asserted, Claimed)]
    [InlineData("claimed", 1, Claimed)]
    [InlineData("speculative", 1, Speculated)]
    [InlineData("disputed", 2, Asserted, Denied)]
    [InlineData("disputed", 2, Claimed, Denied)]
    [InlineData("negated", 1, Denied)]
    public void ClusterModality_FollowsHowTheIndependentSourcesTellIt(string expected, int sources, params string[] sentences)
    {
        var outlets = Padding.Keys.ToArray();
        store.Store(sentences.Select((s, i) => Article(outlets[i], s)).ToList());

        var shelling = Shelling();

        Assert.Equal(sentences.Length, shelling.Count);
        Assert.All(shelling, e => Assert.Equal((expected, sources), (e.ClusterModality, e.Sources)));
        Assert.Equal(0, store.Totals().Copies);
    }

    [Fact]
    public void ClusterModality_IsUpdatedAsArticlesArrive_AndACopyConfirmsNothing()
    {
        store.Store([Article("wire", Asserted)]);
        Assert.All(Shelling(), e => Assert.Equal("reported", e.ClusterModality));

        // The same article republished by another outlet is a copy: still one source.
        store.Store([Article("post", Asserted, padding: "wire")]);
        Assert.Equal(1, store.Totals().Copies);
        Assert.All(Shelling(), e => Assert.Equal(("reported", 1), (e.ClusterModality, e.Sources)));

        store.Store([Article("times", AssertedOtherwise)]);
        Assert.All(Shelling(), e => Assert.Equal(("confirmed", 2), (e.ClusterModality, e.Sources)));
        Assert.Equal(3, store.Events(new EventQuery { ClusterModality = "confirmed", Type = "ASSAULT" }).Count());

        store.Store([Article("ledger", Denied)]);
        Assert.All(Shelling(), e => Assert.Equal(("disputed", 3), (e.ClusterModality, e.Sources)));
        Assert.Empty(store.Events(new EventQuery { ClusterModality = "confirmed", Modality = null }));
    }

    /// <summary>A short article of <paramref name="outlet"/> telling <paramref name="sentence"/>, padded with the paragraph of <paramref name="padding"/> (its own by default).</summary>
    private static Parley.Documents.Document Article(string outlet, string sentence, string? padding = null) =>
        StoreArticles.Make($"KYIV, Feb 20 ({outlet}) - {sentence}\n\n{Padding[padding ?? outlet]}", "2023-02-20", $"https://{outlet}.test/kharkiv", outlet);

    private List<EventRecord> Shelling() =>
        store.Events(new EventQuery { Type = "ASSAULT", Actor = "RUS", Recipient = "UKR", Modality = null }).ToList();
}
