using Parley.Storage;
using Parley.Storage.Sqlite;
using Parley.Tests.Support;

namespace Parley.Tests.Storage;

/// <summary>
/// A bulk load (<see cref="SqliteEventStore.DeferQueryIndexes"/>) sets the indexes only queries read aside and builds
/// them when it ends; queries meanwhile answer the same; another process opening the store leaves a running load's
/// indexes alone. (A load killed midway: <c>IngestCrashTests</c>.)
/// </summary>
public sealed class SqliteBulkLoadTests : IDisposable
{
    private const string Indexes = "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name";
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void DeferQueryIndexes_DropsOnlyQueryIndexes_AnswersTheSame_AndBuildsThemBackWhenDisposed()
    {
        var db = Path.Combine(temp.Path, "bulk.db");
        using var store = SqliteEventStore.Open(db);
        var before = SqliteRows.Of(db, Indexes);
        var query = new EventQuery { Actor = "USA" };

        using (store.DeferQueryIndexes())
        {
            var during = SqliteRows.Of(db, Indexes);
            Assert.Contains(before, index => index.StartsWith("events_day |", StringComparison.Ordinal));
            Assert.DoesNotContain(during, index => index.StartsWith("events_day |", StringComparison.Ordinal));
            Assert.Contains(during, index => index.StartsWith("events_cluster |", StringComparison.Ordinal));
            Assert.Equal(before.Count - during.Count, SqliteRows.Of(db, "SELECT name FROM deferred_indexes").Count);
            Assert.True(File.Exists(db + "-bulk"));
            store.Store([StoreArticles.Make(StoreArticles.KyivVisit, "2023-02-20", "https://wire.test/kyiv")]);
            Assert.NotEmpty(store.Events(query));
        }

        Assert.Equal(before, SqliteRows.Of(db, Indexes));
        Assert.Empty(SqliteRows.Of(db, "SELECT name FROM deferred_indexes"));
        Assert.False(File.Exists(db + "-bulk"));
        Assert.Equal("ok", store.IntegrityCheck());
        Assert.NotEmpty(store.Events(query));
    }

    [Fact]
    public void WhileALoadRuns_AnotherOpenLeavesItsIndexesAlone_AndASecondLoadDefersNothing()
    {
        var db = Path.Combine(temp.Path, "bulk.db");
        using var loader = SqliteEventStore.Open(db);
        var before = SqliteRows.Of(db, Indexes);
        using (loader.DeferQueryIndexes())
        {
            var during = SqliteRows.Of(db, Indexes);
            using (var other = SqliteEventStore.Open(db))
            {
                Assert.Equal(during, SqliteRows.Of(db, Indexes));
                other.DeferQueryIndexes().Dispose();
                Assert.Equal(during, SqliteRows.Of(db, Indexes));
            }
            Assert.NotEmpty(SqliteRows.Of(db, "SELECT name FROM deferred_indexes"));
        }
        Assert.Equal(before, SqliteRows.Of(db, Indexes));
    }
}
