using Npgsql;
using Parley.Storage;
using Parley.Storage.Postgres;
using Parley.Tests.Support;

namespace Parley.Tests.Storage;

/// <summary>The store contract on PostgreSQL, each test in a schema of its own on the test server (<see cref="PostgresServer"/>).</summary>
public sealed class PostgresEventStoreTests : EventStoreContract
{
    private readonly string connectionString = PostgresServer.CreateSchema();

    protected override IEventStore CreateStore() => PostgresEventStore.Open(connectionString);

    protected override IEventStore Reopen(IEventStore current)
    {
        current.Dispose();
        return PostgresEventStore.Open(connectionString, create: false);
    }

    protected override StoreStatistics ScannedStatistics(IEventStore current, EventQuery query) =>
        ((PostgresEventStore)current).ScannedStatistics(query);

    public override void Dispose()
    {
        base.Dispose();
        PostgresServer.DropSchema(connectionString);
    }

    [Fact]
    public void Open_AppliesMigrationsOnce_AndFilesEventsInMonthlyPartitions()
    {
        using (PostgresEventStore.Open(connectionString))
        {
        }
        using (var store = PostgresEventStore.Open(connectionString, create: false))
        {
            store.Store([
                StoreArticles.Make(StoreArticles.KyivVisit, "2023-02-20", "https://wire.test/kyiv"),
                StoreArticles.Make(StoreArticles.FutureVisit, "2024-03-01", "https://post.test/wang"),
            ]);
        }

        Assert.Equal((long)PostgresMigrator.Migrations.Count, Scalar("SELECT count(*) FROM schema_version"));
        Assert.Equal("p", Scalar("SELECT relkind::text FROM pg_class WHERE oid = 'events'::regclass"));
        var partitions = Scalar("SELECT string_agg(c.relname, ',' ORDER BY c.relname) FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'events'::regclass");
        Assert.Equal("events_undated,events_y2023m02,events_y2024m03", partitions);
        Assert.Equal(0L, Scalar("SELECT count(*) FROM events_undated"));
        Assert.True((long)Scalar("SELECT count(*) FROM events_y2023m02")! >= 3);
    }

    [Fact]
    public void Open_WithoutCreate_RefusesADatabaseWithoutAStore_AndReadOnlyRefusesWrites()
    {
        var missing = Assert.Throws<EventStoreException>(() => PostgresEventStore.Open(connectionString, create: false));
        Assert.Contains("no event store", missing.Message, StringComparison.Ordinal);

        using (var writer = PostgresEventStore.Open(connectionString))
            writer.Store([StoreArticles.Make(StoreArticles.KyivVisit, "2023-02-20", "https://wire.test/kyiv")]);
        using var reader = PostgresEventStore.Open(connectionString, readOnly: true);

        Assert.Equal(1, reader.Totals().Documents);
        var refused = Assert.Throws<EventStoreException>(() => reader.Store([StoreArticles.Make(StoreArticles.FutureVisit, "2023-03-01", "https://post.test/wang")]));
        Assert.Contains("read-only", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_ForeignDatabase_IsRefused_AndAMissingDatabaseIsNamed()
    {
        Scalar("CREATE TABLE invoices (id integer PRIMARY KEY)");
        var foreign = Assert.Throws<EventStoreException>(() => PostgresEventStore.Open(connectionString));
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Database = "no_such_database_" + Guid.NewGuid().ToString("N") };
        var missing = Assert.Throws<EventStoreException>(() => PostgresEventStore.Open(builder.ConnectionString));

        Assert.Contains("not a Parley event store", foreign.Message, StringComparison.Ordinal);
        Assert.Contains("no such database", missing.Message, StringComparison.Ordinal);
        Assert.Contains(builder.Database!, missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StoringTimes_AreUtc_FromTheInjectedClock()
    {
        var clock = new FixedClock(new DateTimeOffset(2031, 5, 6, 9, 8, 9, TimeSpan.FromHours(2)));
        using (var store = PostgresEventStore.Open(connectionString, clock: clock))
            store.Store([StoreArticles.Make(StoreArticles.KyivVisit, "2023-02-20", "https://wire.test/kyiv")]);

        Assert.Equal("2031-05-06 07:08:09", Scalar("SELECT to_char(ingested_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS') FROM documents"));
        Assert.Equal("2031-05-06 07:08:09", Scalar("SELECT to_char(min(applied_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS') FROM schema_version"));
    }

    [Fact]
    public void StatisticsMigration_CountsTheEventsStoredBeforeIt()
    {
        // Given a store whose events were written before statistics were kept
        StoreArticlesOfSeveralMonths();
        Scalar("DROP TABLE stats_type_month, stats_dyad, stats_dyad_month");

        // When the migration that keeps them runs
        Scalar(PostgresMigrator.Migrations.Single(m => m.Version == 5).Sql);

        // Then they hold what a scan of the events finds
        AssertStatisticsAsScanned("after the migration");
    }

    [Theory]
    [InlineData(10_000, "https://wire.test/twice", "https://wire.test/once")]
    [InlineData(1, "https://wire.test/once", "https://wire.test/twice")]
    public void Search_RanksUpToRankedMatches_AndListsACommonerQueryNewestFirst(int rankedMatches, string first, string second)
    {
        // Given a sentence that says "talks" twice, then a newer one that says it once
        var store = (PostgresEventStore)Store;
        store.Store([StoreArticles.Make("The envoy said talks and more talks would follow in Oslo.", "2024-05-02", "https://wire.test/twice")]);
        store.Store([StoreArticles.Make("The minister said talks would resume in Geneva.", "2024-05-03", "https://wire.test/once")]);

        // When the search ranks at most rankedMatches matches
        store.RankedMatches = rankedMatches;
        var hits = store.Search("talks", 10);

        // Then two matches are ranked (the one saying it twice first) or, more than it ranks, listed newest first
        Assert.Equal([first, second], hits.Select(h => h.Url));
        Assert.Equal([second], store.Search("talks", 10, offset: 1).Select(h => h.Url));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private object? Scalar(string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return command.ExecuteScalar();
    }
}
