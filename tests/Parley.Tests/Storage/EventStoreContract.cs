using Parley.Events;
using Parley.Storage;

namespace Parley.Tests.Storage;

/// <summary>
/// What every <see cref="IEventStore"/> must do, whatever its back end. A back end's test class derives
/// from this one and says how to open a fresh, empty store of its own (and reopen it).
/// </summary>
public abstract class EventStoreContract : IDisposable
{
    private IEventStore? store;

    /// <summary>Opens a new empty store owned by this test.</summary>
    protected abstract IEventStore CreateStore();

    /// <summary>Closes <paramref name="current"/> and opens the same store again.</summary>
    protected abstract IEventStore Reopen(IEventStore current);

    /// <summary>
    /// The statistics of <paramref name="query"/> computed from the events themselves, the slow way, whatever
    /// the back end keeps to answer <see cref="IEventStore.Statistics"/> fast.
    /// </summary>
    protected abstract StoreStatistics ScannedStatistics(IEventStore current, EventQuery query);

    /// <summary>The store under test.</summary>
    protected IEventStore Store => store ??= CreateStore();

    public virtual void Dispose()
    {
        store?.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public void Store_KeepsDocumentsEventsAndSources()
    {
        var result = Store.Store([
            StoreArticles.Make(StoreArticles.KyivVisit, "2023-02-20", "https://wire.test/kyiv", "Parley Wire"),
            StoreArticles.Make(StoreArticles.FutureVisit, "2023-03-01", "https://post.test/wang", "Meridian Post"),
        ]);

        Assert.Equal(2, result.Documents);
        Assert.Equal(0, result.Duplicates);
        Assert.True(result.Events >= 4, $"events stored: {result.Events}");
        Assert.Equal(new StoreTotals(2, result.Events, 2), Store.Totals());
    }

    [Fact]
    public void Store_SameUrlTwice_KeepsOneDocument()
    {
        var first = StoreArticles.Make(StoreArticles.KyivVisit, "2023-02-20", "https://wire.test/kyiv?utm_source=x");
        var again = StoreArticles.Make(StoreArticles.KyivVisit + " Updated.", "2023-02-20", "HTTPS://Wire.test/kyiv#top");

        var inOneBatch = Store.Store([first, again]);
        var later = Store.Store([first]);

        Assert.Equal(new StoreResult(1, inOneBatch.Events, 1), inOneBatch);
        Assert.Equal(new StoreResult(0, 0, 1), later);
        Assert.Equal(1, Store.Totals().Documents);
        Assert.True(Store.Contains(DocumentIdentity.Of(again)));
    }

    [Fact]
    public void Store_SameTextWithoutUrl_KeepsOneDocument_ButOtherUrlsAreOtherArticles()
    {
        Store.Store([StoreArticles.Make(StoreArticles.KyivVisit, "2023-02-20")]);
        var again = Store.Store([StoreArticles.Make(StoreArticles.KyivVisit, "2023-02-20")]);
        var syndicated = Store.Store([StoreArticles.Make(StoreArticles.KyivVisit, "2023-02-20", "https://other.test/copy")]);

        Assert.Equal(1, again.Duplicates);
        Assert.Equal(1, syndicated.Documents);
        Assert.Equal(2, Store.Totals().Documents);
    }

    [Fact]
    public void Events_Dyad_MatchesEitherDirection()
    {
        Store.Store([StoreArticles.Make(StoreArticles.KyivVisit, "2023-02-20", "https://wire.test/kyiv")]);

        var usaUkr = Store.Events(new EventQuery { Dyad = ("USA", "UKR") }).ToList();
        var ukrUsa = Store.Events(new EventQuery { Dyad = ("ukr", "usa") }).ToList();
        var none = Store.Events(new EventQuery { Dyad = ("USA", "CHN") }).ToList();

        Assert.NotEmpty(usaUkr);
        Assert.Equal(usaUkr.Select(e => e.Id), ukrUsa.Select(e => e.Id));
        Assert.All(usaUkr, e => Assert.Contains(e.Actors, a => a.Code == "USA"));
        Assert.Empty(none);
    }

    [Fact]
    public void Events_DyadWithADayRange_KeepsOnlyTheDaysInIt()
    {
        Store.Store([StoreArticles.Make(StoreArticles.KyivVisit, "2023-02-20", "https://wire.test/kyiv")]);
        EventQuery Between(DateOnly? since, DateOnly? until) => new() { Dyad = ("USA", "UKR"), Since = since, Until = until };

        Assert.All(Store.Events(Between(new(2023, 2, 20), new(2023, 2, 20))), e => Assert.Equal("2023-02-20", e.Day));
        Assert.NotEmpty(Store.Events(Between(new(2023, 2, 20), new(2023, 2, 20))));
        Assert.Empty(Store.Events(Between(new(2023, 2, 21), null)));
        Assert.Empty(Store.Events(Between(null, new(2023, 2, 19))));
    }

    [Fact]
    public void Events_AssertedByDefault_AnyModalityOnRequest()
    {
        Store.Store([StoreArticles.Make(StoreArticles.FutureVisit, "2023-03-01", "https://post.test/wang")]);

        var asserted = Store.Events(new EventQuery()).ToList();
        var any = Store.Events(new EventQuery { Modality = null }).ToList();
        var future = Store.Events(new EventQuery { Modality = EventModality.Future }).ToList();

        Assert.DoesNotContain(asserted, e => e.Modality == "future");
        Assert.Contains(any, e => e.Modality == "future");
        Assert.All(future, e => Assert.Equal("future", e.Modality));
        Assert.NotEmpty(future);
    }

    [Fact]
    public void Events_Filters_NarrowTheResult()
    {
        Store.Store([StoreArticles.Make(StoreArticles.KyivVisit, "2023-02-20", "https://wire.test/kyiv", "Parley Wire")]);

        Assert.All(Store.Events(new EventQuery { Type = "ASSAULT" }), e => Assert.Equal("ASSAULT", e.PloverType));
        Assert.NotEmpty(Store.Events(new EventQuery { Type = "assault" }));
        Assert.NotEmpty(Store.Events(new EventQuery { Mode = "visit" }));
        Assert.NotEmpty(Store.Events(new EventQuery { Context = "diplomatic" }));
        Assert.NotEmpty(Store.Events(new EventQuery { Actor = "RUS" }));
        Assert.Empty(Store.Events(new EventQuery { Recipient = "RUS" }));
        Assert.NotEmpty(Store.Events(new EventQuery { Actor = "Joe Biden" }));
        Assert.NotEmpty(Store.Events(new EventQuery { Place = "kharkiv" }));
        Assert.NotEmpty(Store.Events(new EventQuery { Country = "ukr" }));
        Assert.NotEmpty(Store.Events(new EventQuery { Source = "parley wire" }));
        Assert.Empty(Store.Events(new EventQuery { Source = "Meridian Post" }));
        Assert.NotEmpty(Store.Events(new EventQuery { Since = new DateOnly(2023, 2, 20), Until = new DateOnly(2023, 2, 20) }));
        Assert.Empty(Store.Events(new EventQuery { Since = new DateOnly(2023, 2, 21) }));
        var all = Store.Events(new EventQuery()).ToList();
        Assert.Equal(all.Skip(1).Take(1).Select(e => e.Id), Store.Events(new EventQuery { Offset = 1, Limit = 1 }).Select(e => e.Id));
    }

    [Fact]
    public void Events_MinSources_CountsDistinctOutletsTellingTheSameHappening()
    {
        Store.Store([
            StoreArticles.Make(StoreArticles.KyivVisit, "2023-02-20", "https://wire.test/kyiv", "Parley Wire"),
            StoreArticles.Make(StoreArticles.KyivVisitRetold, "2023-02-20", "https://post.test/kyiv", "Meridian Post"),
            StoreArticles.Make(StoreArticles.FutureVisit, "2023-03-01", "https://post.test/wang", "Meridian Post"),
        ]);

        var twice = Store.Events(new EventQuery { MinSources = 2, Modality = null }).ToList();

        Assert.NotEmpty(twice);
        Assert.All(twice, e => Assert.Equal(2, e.Sources));
        Assert.DoesNotContain(twice, e => e.Url == "https://post.test/wang");
        Assert.Contains(twice, e => e.PloverMode == "visit" && e.Url == "https://post.test/kyiv");
    }

    [Fact]
    public void Events_MinSources_CountsAnArticleAndItsCopiesOnce()
    {
        Store.Store([
            StoreArticles.Make(StoreArticles.KyivVisit, "2023-02-20", "https://wire.test/kyiv", "Parley Wire"),
            StoreArticles.Make(StoreArticles.KyivVisit, "2023-02-21", "https://post.test/kyiv", "Meridian Post"),
        ]);

        Assert.Empty(Store.Events(new EventQuery { MinSources = 2, Modality = null }));
        Assert.All(Store.Events(new EventQuery { Modality = null }), e => Assert.Equal(1, e.Sources));
        Assert.Equal(1, Store.Totals().Copies);
    }

    [Fact]
    public void Happenings_CountedAsReportsArrive_EqualARecountFromTheirEvents()
    {
        var wire = StoreArticles.Make(StoreArticles.KyivVisit, "2023-02-20", "https://wire.test/kyiv", "Parley Wire");
        var post = StoreArticles.Make(StoreArticles.KyivVisitRetold, "2023-02-20", "https://post.test/kyiv", "Meridian Post");
        var times = StoreArticles.Make(StoreArticles.KyivVisit, "2023-02-19", "https://times.test/kyiv", "Harbour Times");
        var ledger = StoreArticles.Make("LVIV, Feb 22 (Ledger) - Joe Biden, the US president, held talks with Volodymyr Zelensky in Kyiv on Monday during a surprise visit.", "2023-02-22", "https://ledger.test/kyiv", "Ledger");
        var latest = new[] { wire, post, times, ledger }.ToDictionary(d => d.Metadata.Url!);

        // An earlier copy of an article stored becomes its group's original: the article's independent source changes
        Store.Store([wire, post]);
        Store.Store([times]);
        AssertCountedAsRecounted("after a regrouping of copies", latest);

        // A third outlet, then an article replaced by another story: its reports leave the happenings
        Store.Store([ledger]);
        var postId = Store.LoadDocuments(Store.DocumentIds()).Single(d => d.Document.Metadata.Url == post.Metadata.Url).Id;
        latest[post.Metadata.Url!] = StoreArticles.Make(StoreArticles.FutureVisit, "2023-03-01", post.Metadata.Url, "Meridian Post");
        Store.Replace([new StoredDocument(postId, latest[post.Metadata.Url!])]);
        var counted = AssertCountedAsRecounted("after an article's events were replaced", latest);

        // The visit is told by two independent sources: the original with its copy, and the third outlet
        Assert.Equal(1, Store.Totals().Copies);
        Assert.Contains(("https://ledger.test/kyiv", "CONSULT", "confirmed", 2), counted);
    }

    /// <summary>
    /// Checks that the happenings' verdicts kept as reports arrived equal those counted again from their events,
    /// which writing every document's events again (<paramref name="latest"/>, by URL) does; returns them.
    /// </summary>
    private List<(string? Url, string Type, string? ClusterModality, int Sources)> AssertCountedAsRecounted(string when, Dictionary<string, Parley.Documents.Document> latest)
    {
        var counted = Verdicts();
        Store.Replace([.. Store.LoadDocuments(Store.DocumentIds()).Select(d => d with { Document = latest[d.Document.Metadata.Url!] })]);
        var recounted = Verdicts();
        Assert.True(recounted.SequenceEqual(counted), $"{when}: counted {string.Join(", ", counted)}; recounted {string.Join(", ", recounted)}");
        return counted;
    }

    /// <summary>Every event's happening verdict, by article and type, in a stable order.</summary>
    private List<(string? Url, string Type, string? ClusterModality, int Sources)> Verdicts() =>
        [.. Store.Events(new EventQuery { Modality = null }).Select(e => (e.Url, e.PloverType, e.ClusterModality, e.Sources)).Order()];

    [Fact]
    public void Copies_AreFlaggedSyndicatedOrSpun_ByTheirSwappedSynonyms()
    {
        const string Original = "KYIV, May 14 - The special envoy said on Tuesday that talks with Ukrainian officials on weapons and aid had been useful, " +
            "and that the first deliveries would begin soon. He told reporters the meeting in the capital was the start of a new phase.";
        const string Spun = "KYIV, May 14 - The particular emissary stated on Tuesday that discussions with Ukrainian functionaries on armaments and assistance had been useful, " +
            "and that the initial deliveries would commence soon. He informed reporters the gathering in the capital was the start of a new phase.";
        Store.Store([
            StoreArticles.Make(Original, "2024-05-14", "https://wire.test/envoy", "Parley Wire"),
            StoreArticles.Make(Original, "2024-05-14", "https://post.test/envoy", "Meridian Post"),
            StoreArticles.Make(Spun, "2024-05-15", "https://farm.test/envoy", "Content Farm"),
        ]);

        var documents = Store.DocumentIds().Select(id => Store.FindDocument(id)!).ToDictionary(d => d.Url!);
        Assert.Null(documents["https://wire.test/envoy"].CopyOf);
        Assert.Equal("syndicated-copy", documents["https://post.test/envoy"].CopyOf?.Flag);
        Assert.Equal("spun-copy", documents["https://farm.test/envoy"].CopyOf?.Flag);
        Assert.Equal((1L, 0L), Store.SourceQualities().Where(s => s.Source == "Meridian Post").Select(s => (s.Copies, s.SpunCopies)).Single());
        Assert.Equal((1L, 1L), Store.SourceQualities().Where(s => s.Source == "Content Farm").Select(s => (s.Copies, s.SpunCopies)).Single());
    }

    [Fact]
    public void Events_CarryArticleAndEvidence()
    {
        Store.Store([StoreArticles.Make(StoreArticles.KyivVisit, "2023-02-20", "https://wire.test/kyiv", "Parley Wire", "Biden in Kyiv")]);

        var visit = Assert.Single(Store.Events(new EventQuery { Mode = "visit" }));

        Assert.Equal("2023-02-20", visit.Day);
        Assert.Equal("https://wire.test/kyiv", visit.Url);
        Assert.Equal("Parley Wire", visit.Source);
        Assert.Equal("Biden in Kyiv", visit.Title);
        Assert.Equal("Kyiv", visit.LocationName);
        Assert.Equal("UKR", visit.Country);
        Assert.NotNull(visit.Latitude);
        Assert.Contains("visited Kyiv", visit.SentenceText, StringComparison.Ordinal);
        Assert.Equal("UKR", Assert.Single(visit.Recipients).Code);
        var detail = Store.FindEvent(visit.Id)!;
        Assert.Equal("visited", detail.Evidence[0].Text);
        Assert.Equal("https://wire.test/kyiv", Assert.Single(detail.Reports).Url);
        var document = Store.FindDocument(visit.DocumentId)!;
        Assert.Contains(document.Mentions, m => m.Kind == "place" && m.Text == "Kyiv");
        Assert.Contains(document.Events, e => e.Id == visit.Id);
        Assert.Null(Store.FindEvent(visit.Id + 1000));
        Assert.Null(Store.FindDocument(visit.DocumentId + 1000));
    }

    [Fact]
    public void EvidenceOfDocument_IsEachEventsEvidence_ReadAtOnce()
    {
        Store.Store([StoreArticles.Make(StoreArticles.KyivVisit, "2023-02-20", "https://wire.test/kyiv")]);
        var document = Store.FindDocument(Store.DocumentIds()[0])!;

        var evidence = Store.EvidenceOfDocument(document.Id);

        Assert.NotEmpty(document.Events);
        Assert.Equal(document.Events.Select(e => e.Id).Order(), evidence.Keys.Order());
        foreach (var e in document.Events)
            Assert.Equal(Store.FindEvent(e.Id)!.Evidence, evidence[e.Id]);
        Assert.Empty(Store.EvidenceOfDocument(document.Id + 1000));
    }

    [Fact]
    public void Search_FindsSentences_WithHighlightAndTheirEvents()
    {
        Store.Store([StoreArticles.Make(StoreArticles.KyivVisit, "2023-02-20", "https://wire.test/kyiv")]);

        var hit = Assert.Single(Store.Search("shelled Kharkiv", 10));
        var odd = Store.Search("U.S.-Kyiv \"", 10);

        Assert.Contains("**shelled**", hit.Snippet, StringComparison.Ordinal);
        Assert.Contains(hit.Events, e => e.PloverType == "ASSAULT");
        Assert.Empty(Store.Search("Pyongyang", 10));
        Assert.NotNull(odd);
    }

    [Fact]
    public void Search_AmongEquallyGoodMatches_PutsTheMostRecentlyStoredFirst()
    {
        Store.Store([StoreArticles.Make(StoreArticles.KyivVisit, "2023-02-20", "https://wire.test/first")]);
        Store.Store([StoreArticles.Make(StoreArticles.KyivVisit, "2023-02-21", "https://wire.test/second")]);

        var hits = Store.Search("shelled Kharkiv", 10);

        Assert.Equal(2, hits.Count);
        Assert.Equal("https://wire.test/second", hits[0].Url);
    }

    [Fact]
    public void Statistics_CountByTypeMonthAndDyad()
    {
        Store.Store([StoreArticles.Make(StoreArticles.KyivVisit, "2023-02-20", "https://wire.test/kyiv", "Parley Wire")]);

        var stats = Store.Statistics(new EventQuery());

        Assert.Equal(1, stats.Totals.Documents);
        Assert.Equal(stats.Events, stats.ByType.Sum(t => t.Count));
        Assert.Contains(stats.ByMonth, m => m.Key == "2023-02");
        var dyad = Assert.Single(stats.ByDyad, d => d.Actor == "USA" && d.Recipient == "UKR");
        Assert.True(dyad.MeanScore > 0, "visits and meetings are cooperation");
        Assert.Contains(stats.Index, m => m.Actor == "RUS" && m.Month == "2023-02" && m.Index < 0);
    }

    [Fact]
    public void Statistics_HonourEveryFilter()
    {
        Store.Store([StoreArticles.Make(StoreArticles.KyivVisit, "2023-02-20", "https://wire.test/kyiv", "Parley Wire")]);

        var russia = Store.Statistics(new EventQuery { Actor = "RUS", Recipient = "UKR", Dyad = ("RUS", "UKR"), Context = "military", Since = new DateOnly(2023, 1, 1) });

        Assert.NotEmpty(russia.ByDyad);
        Assert.All(russia.ByDyad, d => Assert.Equal(("RUS", "UKR"), (d.Actor, d.Recipient)));
        Assert.Equal(russia.Events, russia.ByType.Sum(t => t.Count));
        Assert.Equal(0, Store.Statistics(new EventQuery { Actor = "Nobody" }).Events);
    }

    [Fact]
    public void Statistics_KeptAtWriteTime_EqualTheScannedOnes_AfterIngestReingestAndReprocess()
    {
        // Given articles of several months, outlets and modalities
        StoreArticlesOfSeveralMonths();
        AssertStatisticsAsScanned("after ingest");

        // When the same articles come again, with one new one
        Store.Store([
            StoreArticles.Make(StoreArticles.KyivVisit, "2023-02-20", "https://wire.test/kyiv", "Parley Wire"),
            StoreArticles.Make(StoreArticles.KyivVisit, "2024-07-02", "https://times.test/kyiv", "Harbour Times"),
        ]);
        AssertStatisticsAsScanned("after re-ingest");

        // When every article is reprocessed, and one is replaced by other events (twice in one batch)
        var loaded = Store.LoadDocuments(Store.DocumentIds());
        var reprocessed = loaded.Select(d => d with { Document = StoreArticles.Reprocess(d.Document) }).ToList();
        Store.Replace(reprocessed);
        AssertStatisticsAsScanned("after reprocess");
        var other = StoreArticles.Make(StoreArticles.FutureVisit, "2025-01-05", "https://wire.test/kyiv", "Parley Wire");
        Store.Replace([new StoredDocument(loaded[0].Id, other), new StoredDocument(loaded[0].Id, StoreArticles.Reprocess(loaded[0].Document))]);
        AssertStatisticsAsScanned("after replacing one document's events");

        // Then the store still holds the first three articles
        Assert.Equal(3, Store.Totals().Documents);
    }

    /// <summary>Stores two articles of different months, outlets and modalities.</summary>
    protected void StoreArticlesOfSeveralMonths() => Store.Store([
        StoreArticles.Make(StoreArticles.KyivVisit, "2023-02-20", "https://wire.test/kyiv", "Parley Wire"),
        StoreArticles.Make(StoreArticles.FutureVisit, "2023-03-01", "https://post.test/wang", "Meridian Post"),
    ]);

    /// <summary>The statistics <see cref="IEventStore.Statistics"/> gives equal the scanned ones, for each modality and for any.</summary>
    protected void AssertStatisticsAsScanned(string when)
    {
        EventModality?[] modalities = [EventModality.Asserted, null, EventModality.Future, EventModality.Negated];
        foreach (var modality in modalities)
        {
            var query = new EventQuery { Modality = modality };
            var counted = Store.Statistics(query);
            var scanned = ScannedStatistics(Store, query);
            var what = $"{when}, modality {modality?.ToString() ?? "any"}";
            Assert.True(scanned.Totals == counted.Totals, $"{what}: totals {counted.Totals}, scanned {scanned.Totals}");
            Assert.True(scanned.Events == counted.Events, $"{what}: events {counted.Events}, scanned {scanned.Events}");
            Assert.Equal(scanned.ByType, counted.ByType);
            Assert.Equal(scanned.ByMonth, counted.ByMonth);
            Assert.Equal(scanned.ByDyad, counted.ByDyad);
            Assert.Equal(scanned.Index, counted.Index);
        }
        Assert.Equal(Store.Events(new EventQuery { Modality = null }).LongCount(), Store.Totals().Events);
    }

    [Fact]
    public void Replace_RecomputesEventsWithoutDuplicating()
    {
        Store.Store([StoreArticles.Make(StoreArticles.KyivVisit, "2023-02-20", "https://wire.test/kyiv", "Parley Wire")]);
        var before = Store.Events(new EventQuery { Modality = null }).Select(e => (e.PloverType, e.Trigger)).ToList();

        var loaded = Store.LoadDocuments(Store.DocumentIds());
        var result = Store.Replace(loaded.Select(d => d with { Document = StoreArticles.Reprocess(d.Document) }).ToList());

        Assert.Equal(before.Count, result.Events);
        Assert.Equal(before, Store.Events(new EventQuery { Modality = null }).Select(e => (e.PloverType, e.Trigger)).ToList());
        Assert.Single(Store.Search("shelled", 10));
        Assert.Equal("2023-02-20", Assert.Single(loaded).Document.Metadata.Published?.Date.ToString());
    }

    [Fact]
    public void Reopen_KeepsWhatWasStored()
    {
        var stored = Store.Store([StoreArticles.Make(StoreArticles.KyivVisit, "2023-02-20", "https://wire.test/kyiv")]);

        store = Reopen(Store);

        Assert.Equal(stored.Events, Store.Totals().Events);
        Assert.Equal(1, Store.Store([StoreArticles.Make(StoreArticles.KyivVisit, "2023-02-20", "https://wire.test/kyiv")]).Duplicates);
    }
}
