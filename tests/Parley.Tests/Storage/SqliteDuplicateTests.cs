using System.Text.Json;
using Microsoft.Data.Sqlite;
using Parley.Documents;
using Parley.Storage;
using Parley.Storage.Sqlite;
using Parley.Tests.Support;

namespace Parley.Tests.Storage;

/// <summary>Near-duplicate documents in the SQLite store: linked at store time, counted once as a source, each test on a real file.</summary>
public sealed class SqliteDuplicateTests : IDisposable
{
    private static readonly string Original = File.ReadAllText(Repository.Sample("text/syndicated-original.txt"));
    private static readonly string Copy = File.ReadAllText(Repository.Sample("text/syndicated-copy.txt"));

    private readonly TempDirectory temp = new();
    private readonly SqliteEventStore store;

    public SqliteDuplicateTests() => store = SqliteEventStore.Open(Path.Combine(temp.Path, "parley.db"));

    public void Dispose()
    {
        store.Dispose();
        temp.Dispose();
    }

    private static Document Wire(string published = "2025-04-30") => StoreArticles.Make(Original, published, "https://wire.test/minerals", "Parley Wire");

    private static Document Times(string published = "2025-05-01") => StoreArticles.Make(Copy, published, "https://times.test/minerals", "Harbour Times");

    [Fact]
    public void SyndicatedPair_CopyIsLinkedToTheOriginal_AndTheirSharedEventsCountOneSource()
    {
        store.Store([Wire(), Times()]);

        var (wire, times) = (IdOf("https://wire.test/minerals"), IdOf("https://times.test/minerals"));
        var copy = store.FindDocument(times)!.CopyOf;
        Assert.NotNull(copy);
        Assert.Equal((wire, wire), (copy.OriginalId, copy.NearestId));
        Assert.InRange(copy.Similarity, 0.5, 1.0);
        Assert.Null(store.FindDocument(wire)!.CopyOf);
        Assert.Equal(times, Assert.Single(store.FindDocument(wire)!.Copies).CopyId);
        Assert.Equal(1, store.Totals().Copies);
        // Happenings both articles tell: two outlets, but one independent source.
        var shared = SharedHappenings(wire, times);
        Assert.NotEmpty(shared);
        Assert.All(shared, e => Assert.Equal(1, e.Sources));
        Assert.Empty(store.Events(new EventQuery { MinSources = 2, Modality = null }));
        Assert.Contains(store.FindEvent(shared[0].Id)!.Reports, r => r.DocumentId == times && r.CopyOf == wire);
    }

    [Fact]
    public void SameTopicDifferentArticles_AreNotLinked()
    {
        var pair = JsonDocument.Parse(File.ReadLines(Path.Combine(Repository.Root, "eval/gold/duplicates/same-topic.jsonl")).First()).RootElement;
        Document Article(string side, string outlet) =>
            StoreArticles.Make(pair.GetProperty(side).GetProperty("text").GetString()!, "2023-09-06", $"https://{outlet}.test/{side}", outlet, pair.GetProperty(side).GetProperty("title").GetString());

        store.Store([Article("a", "wire"), Article("b", "post")]);

        Assert.Equal(2, store.Totals().Documents);
        Assert.Equal(0, store.Totals().Copies);
        Assert.All(store.DocumentIds(), id => Assert.Null(store.FindDocument(id)!.CopyOf));
        Assert.Equal(2, Count("SELECT count(*) FROM document_signatures"));
    }

    [Fact]
    public void ReingestAndReprocess_KeepOneLinkPerCopy()
    {
        store.Store([Wire(), Times()]);
        var before = Links();
        var bands = Count("SELECT count(*) FROM document_bands");

        store.Store([Wire(), Times()]);
        store.Replace(store.LoadDocuments(store.DocumentIds()).Select(d => d with { Document = StoreArticles.Reprocess(d.Document) }).ToList());

        Assert.Single(before);
        Assert.InRange(bands, 43, 2 * 42 - 1); // the original's 42 bands, and the copy's where the original is not
        Assert.Equal(before, Links());
        Assert.Equal(bands, Count("SELECT count(*) FROM document_bands"));
        Assert.All(SharedHappenings(IdOf("https://wire.test/minerals"), IdOf("https://times.test/minerals")), e => Assert.Equal(1, e.Sources));
    }

    [Fact]
    public void CopiesStoredBeforeTheirOriginal_AreRepointedToIt_AndTheOriginalKeepsNoLink()
    {
        // The copy and a copy of the copy come first, each in a batch of its own; the original, published
        // earlier, arrives last.
        var trimmed = StoreArticles.Make(Copy[..(Copy.Length * 3 / 4)], "2025-05-02", "https://ledger.test/minerals", "Northern Ledger");
        store.Store([Times()]);
        store.Store([trimmed]);
        store.Store([Wire()]);

        var (wire, times, ledger) = (IdOf("https://wire.test/minerals"), IdOf("https://times.test/minerals"), IdOf("https://ledger.test/minerals"));
        Assert.Null(store.FindDocument(wire)!.CopyOf);
        Assert.Equal(wire, store.FindDocument(times)!.CopyOf?.OriginalId);
        Assert.Equal(wire, store.FindDocument(ledger)!.CopyOf?.OriginalId);
        Assert.Equal([times, ledger], store.FindDocument(wire)!.Copies.Select(c => c.CopyId).Order());
        // The regrouping recounted the happenings the earlier copies told: still one source, now the wire's.
        Assert.All(SharedHappenings(wire, times), e => Assert.Equal(1, e.Sources));
    }

    [Fact]
    public void ReversedOrderInOneBatch_StillMarksTheEarliestAsOriginal()
    {
        store.Store([Times(), Wire()]);

        var wire = IdOf("https://wire.test/minerals");
        Assert.Null(store.FindDocument(wire)!.CopyOf);
        Assert.Equal(wire, store.FindDocument(IdOf("https://times.test/minerals"))!.CopyOf?.OriginalId);
    }

    [Fact]
    public void CopiesArrivingNewestFirst_RecountTheHappeningsOfTheirGroup_WithTheOutletOfItsCurrentOriginal()
    {
        // Given the Biden-Zelensky meeting retold by the Meridian Post in its own words, and the wire's report of
        // it followed by a long passage of another story; then copies of that passage alone (which say nothing of
        // the meeting), arriving newest first, so that each becomes the group's original.
        var passage = Original[Original.IndexOf("Treasury Secretary", StringComparison.Ordinal)..];
        var retold = StoreArticles.Make(StoreArticles.KyivVisitRetold, "2023-02-20", "https://post.test/kyiv", "Meridian Post");
        Document Passage(string published, string outlet, string text) =>
            StoreArticles.Make(text, published, $"https://{outlet.Replace(' ', '-')}.test/{published}", outlet);

        // When they are stored in four batches (the third regroups twice, the fourth keeps the group's outlet),
        store.Store([retold, Passage("2023-02-24", "Parley Wire", StoreArticles.KyivVisit + "\n\n" + passage)]);
        var sources = new List<long> { MeetingSources(retold) };
        store.Store([Passage("2023-02-23", "Meridian Post", passage)]);
        sources.Add(MeetingSources(retold));
        store.Store([Passage("2023-02-22", "Coastal Herald", passage), Passage("2023-02-21", "Parley Wire", passage)]);
        sources.Add(MeetingSources(retold));
        store.Store([Passage("2023-02-20", "Parley Wire", passage)]);
        sources.Add(MeetingSources(retold));

        // Then the meeting has two independent sources exactly while the group's original is not the Post's.
        Assert.Equal([2, 1, 2, 2], sources);
        Assert.Equal(4, Count("SELECT count(*) FROM document_copies WHERE original_id = (SELECT id FROM documents WHERE published = '2023-02-20' AND url LIKE '%Parley-Wire%')"));
    }

    /// <summary>The sources of the meeting of Biden and Zelensky that <paramref name="retold"/> tells.</summary>
    private long MeetingSources(Document retold) => Count($"""
        SELECT c.sources FROM clusters c JOIN events e ON e.cluster_key = c.key JOIN documents d ON d.id = e.doc_id
        WHERE d.url = '{retold.Metadata.Url}' AND e.plover_type = 'CONSULT'
        """);

    [Fact]
    public void Reprocess_LinksTheDocumentsOfAStoreMadeBeforeDuplicates()
    {
        // A store of schema 3 had neither signatures nor links: take them away as the migration finds it.
        store.Store([Times(), Wire()]);
        Execute("DELETE FROM document_copies; DELETE FROM document_bands; DELETE FROM document_signatures; UPDATE clusters SET sources = 2 WHERE sources = 1");

        store.Replace(store.LoadDocuments(store.DocumentIds()).Select(d => d with { Document = StoreArticles.Reprocess(d.Document) }).ToList());

        var (wire, times) = (IdOf("https://wire.test/minerals"), IdOf("https://times.test/minerals"));
        Assert.Equal(wire, store.FindDocument(times)!.CopyOf?.OriginalId);
        Assert.Equal(2, Count("SELECT count(*) FROM document_signatures"));
        Assert.All(SharedHappenings(wire, times), e => Assert.Equal(1, e.Sources));
    }

    [Fact]
    public void IsEarlier_ComparesDatesWithAYear_ElseStoringOrder()
    {
        Assert.True(Parley.Storage.Linking.DuplicateLinker.IsEarlier("2025-04-30", 9, "2025-05-01", 1));
        Assert.False(Parley.Storage.Linking.DuplicateLinker.IsEarlier("2025-05-01", 1, "2025-04-30", 9));
        Assert.True(Parley.Storage.Linking.DuplicateLinker.IsEarlier("2025-04-30", 1, "2025-04-30", 9));
        Assert.True(Parley.Storage.Linking.DuplicateLinker.IsEarlier(null, 1, "2025-04-30", 9));
        Assert.True(Parley.Storage.Linking.DuplicateLinker.IsEarlier("--04-30", 1, "2025-04-30", 9));
        Assert.False(Parley.Storage.Linking.DuplicateLinker.IsEarlier(null, 9, "2025-04-30", 1));
    }

    /// <summary>Events of <paramref name="b"/> whose happening <paramref name="a"/> tells too.</summary>
    private List<EventRecord> SharedHappenings(long a, long b) =>
        store.FindDocument(b)!.Events.Where(e => store.FindEvent(e.Id)!.Reports.Any(r => r.DocumentId == a)).ToList();

    private long IdOf(string url) => Count($"SELECT id FROM documents WHERE url = '{url}'");

    private List<(long, long, long)> Links()
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT doc_id, original_id, nearest_id FROM document_copies ORDER BY doc_id";
        using var reader = command.ExecuteReader();
        var links = new List<(long, long, long)>();
        while (reader.Read())
            links.Add((reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2)));
        return links;
    }

    private void Execute(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={store.Location};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private long Count(string sql)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection($"Data Source={store.Location};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return connection;
    }
}
