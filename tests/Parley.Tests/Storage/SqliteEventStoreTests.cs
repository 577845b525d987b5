using Parley.Storage;
using Parley.Storage.Sqlite;
using Parley.Tests.Support;

namespace Parley.Tests.Storage;

/// <summary>The store contract on SQLite, each test on a real file of its own.</summary>
public sealed class SqliteEventStoreTests : EventStoreContract
{
    private readonly TempDirectory temp = new();

    private string DbPath => Path.Combine(temp.Path, "parley.db");

    protected override IEventStore CreateStore() => SqliteEventStore.Open(DbPath);

    protected override IEventStore Reopen(IEventStore current)
    {
        current.Dispose();
        return SqliteEventStore.Open(DbPath, create: false);
    }

    protected override StoreStatistics ScannedStatistics(IEventStore current, EventQuery query) =>
        ((SqliteEventStore)current).ScannedStatistics(query);

    public override void Dispose()
    {
        base.Dispose();
        temp.Dispose();
    }

    [Fact]
    public void Open_AppliesMigrationsOnce_AndPassesIntegrityCheck()
    {
        using (SqliteEventStore.Open(DbPath))
        {
        }
        using var store = SqliteEventStore.Open(DbPath);

        Assert.Equal("ok", store.IntegrityCheck());
        Assert.Equal(SqliteMigrator.Migrations.Count, SqliteMigrator.Migrations.Select(m => m.Version).Distinct().Count());
    }

    [Fact]
    public void OpenReadOnly_ReadsTheStore_RefusesWrites_AndCreatesNothing()
    {
        using (var writer = SqliteEventStore.Open(DbPath))
            writer.Store([StoreArticles.Make(StoreArticles.KyivVisit, "2023-02-20", "https://wire.test/kyiv")]);

        using (var reader = SqliteEventStore.Open(DbPath, readOnly: true))
        {
            Assert.Equal(1, reader.Totals().Documents);
            Assert.Throws<EventStoreException>(() => reader.Store([StoreArticles.Make(StoreArticles.KyivVisit, "2023-02-21", "https://wire.test/other")]));
        }
        using (var check = SqliteEventStore.Open(DbPath, create: false))
            Assert.Equal(1, check.Totals().Documents);
        var missing = Path.Combine(temp.Path, "missing.db");
        Assert.Throws<EventStoreException>(() => SqliteEventStore.Open(missing, readOnly: true));
        Assert.False(File.Exists(missing));
    }

    [Fact]
    public void Open_NotADatabase_IsRefusedAndLeftUntouched()
    {
        var path = temp.Write("notes.db", "These are my notes, not a database.\n");
        var before = File.ReadAllBytes(path);

        var error = Assert.Throws<EventStoreException>(() => SqliteEventStore.Open(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("not a SQLite database", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.False(File.Exists(path + "-wal"));
    }

    [Fact]
    public void Open_CorruptDatabase_GivesAClearErrorAndLeavesTheFile()
    {
        using (var store = SqliteEventStore.Open(DbPath))
            store.Store([StoreArticles.Make(StoreArticles.KyivVisit, "2023-02-20", "https://wire.test/kyiv")]);
        var bytes = File.ReadAllBytes(DbPath);
        // Keep the header, scribble over the schema page.
        for (var i = 100; i < Math.Min(bytes.Length, 4096); i++)
            bytes[i] = 0x5A;
        File.WriteAllBytes(DbPath, bytes);

        var error = Assert.Throws<EventStoreException>(() => SqliteEventStore.Open(DbPath));

        Assert.Contains(DbPath, error.Message, StringComparison.Ordinal);
        Assert.Equal(bytes, File.ReadAllBytes(DbPath));
    }

    [Fact]
    public void StoringTimes_ComeFromTheInjectedClock()
    {
        var clock = new FixedClock(new DateTimeOffset(2031, 5, 6, 7, 8, 9, TimeSpan.Zero));
        using (var store = SqliteEventStore.Open(DbPath, clock: clock))
            store.Store([StoreArticles.Make(StoreArticles.KyivVisit, "2023-02-20", "https://wire.test/kyiv")]);

        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={DbPath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT ingested_at FROM documents) || ' ' || (SELECT min(applied_at) FROM schema_version)";
        Assert.Equal("2031-05-06T07:08:09.0000000+00:00 2031-05-06T07:08:09.0000000+00:00", command.ExecuteScalar());
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    [Fact]
    public void Open_ForeignSqliteDatabase_IsRefused()
    {
        using (var other = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={DbPath};Pooling=False"))
        {
            other.Open();
            using var command = other.CreateCommand();
            command.CommandText = "CREATE TABLE invoices (id INTEGER PRIMARY KEY)";
            command.ExecuteNonQuery();
        }

        var error = Assert.Throws<EventStoreException>(() => SqliteEventStore.Open(DbPath));

        Assert.Contains("not a Parley event store", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_MissingFolderOrFolderPath_NamesThePath()
    {
        var missing = Path.Combine(temp.Path, "no", "such", "parley.db");

        Assert.Contains(missing, Assert.Throws<EventStoreException>(() => SqliteEventStore.Open(missing)).Message, StringComparison.Ordinal);
        Assert.Contains("folder", Assert.Throws<EventStoreException>(() => SqliteEventStore.Open(temp.Path)).Message, StringComparison.Ordinal);
        Assert.Contains("no event store", Assert.Throws<EventStoreException>(() => SqliteEventStore.Open(DbPath, create: false)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://Example.TEST/a/b/?utm_source=x&id=3#frag", "https://example.test/a/b?id=3")]
    [InlineData("http://example.test:80/", "http://example.test/")]
    [InlineData("ftp://example.test/file", null)]
    [InlineData("not a url", null)]
    public void CanonicalizeUrl_DropsWhatDoesNotNameTheArticle(string url, string? expected) =>
        Assert.Equal(expected, DocumentIdentity.CanonicalizeUrl(url));

    [Fact]
    public void Store_DiskFull_FailsClearly_AndKeepsWhatWasCommitted()
    {
        using var store = SqliteEventStore.Open(DbPath);
        store.Store([StoreArticles.Make(StoreArticles.KyivVisit, "2023-02-20", "https://wire.test/kyiv")]);
        using (var command = store.Connection.CreateCommand())
        {
            // No page may be added any more: to SQLite this is a full disk.
            command.CommandText = "SELECT page_count FROM pragma_page_count()";
            var pages = (long)command.ExecuteScalar()!;
            command.CommandText = $"PRAGMA max_page_count = {pages}";
            command.ExecuteNonQuery();
        }
        var many = Enumerable.Range(0, 30).Select(i => StoreArticles.Make(StoreArticles.KyivVisit + $" Update {i}.", "2023-02-20", $"https://wire.test/kyiv/{i}")).ToList();

        var error = Assert.Throws<EventStoreException>(() => store.Store(many));

        Assert.Contains(DbPath, error.Message, StringComparison.Ordinal);
        Assert.Contains("disk is full", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, store.Totals().Documents);
        Assert.Equal("ok", store.IntegrityCheck());
    }

    [Fact]
    public void Open_VersionOneStore_IsMigrated_AndItsDyadsAndStatsBackfilled()
    {
        using (var old = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={DbPath};Pooling=False"))
        {
            old.Open();
            using var command = old.CreateCommand();
            command.CommandText = "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL);"
                + SqliteMigrator.Migrations[0].Sql
                + """
                INSERT INTO schema_version VALUES (1, '2026-01-01');
                INSERT INTO documents (id, identity, doc_key, content_hash, origin, format, text, ingested_at) VALUES (1, 'sha256:x', 'x', 'x', 'old', 'text', 'Old text.', '2026-01-01');
                INSERT INTO events (id, doc_id, local_id, type, plover_type, cameo, score, trigger, sentence, modality, hedged, contexts, quantities, confidence, day, cluster_key)
                VALUES (7, 1, 'e1', 'CONSULT', 'CONSULT', '040', 2.5, 'met', 0, 'asserted', 0, '[]', '[]', 0.5, '2024-05-01', 'k');
                INSERT INTO participants VALUES (7, 'actor', 0, 'USA', 'GOV', NULL, 'US'), (7, 'recipient', 0, 'CHN', 'GOV', NULL, 'China');
                """;
            command.ExecuteNonQuery();
        }

        using var store = SqliteEventStore.Open(DbPath);

        Assert.Equal([7L], store.Events(new EventQuery { Dyad = ("CHN", "USA") }).Select(e => e.Id));
        Assert.Equal(("USA", "CHN"), store.Statistics(new EventQuery()).ByDyad.Select(d => (d.Actor, d.Recipient)).Single());
        Assert.Equal(1, store.Totals().Events);
        Assert.Equal([new DyadMonth("USA", "CHN", "2024-05", 1, 2.5)], store.Statistics(new EventQuery()).Index);
        Assert.Equal("ok", store.IntegrityCheck());
    }
}
