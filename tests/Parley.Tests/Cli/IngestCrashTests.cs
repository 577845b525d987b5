using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Parley.Storage.Sqlite;
using Parley.Tests.Storage;
using Parley.Tests.Support;

namespace Parley.Tests.Cli;

/// <summary>
/// Kills a real <c>parley ingest</c> process in the middle of its work and checks what the issue
/// promises: the database is sound, nothing committed is lost, and a re-run completes the rest
/// without duplicates.
/// </summary>
public sealed class IngestCrashTests : IDisposable
{
    private const int Articles = 600;
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Ingest_KilledMidway_LosesNothingCommitted_AndARerunCompletesWithoutDuplicates()
    {
        var corpus = Path.Combine(temp.Path, "corpus.jsonl");
        var db = Path.Combine(temp.Path, "crash.db");
        StoreCorpus.WriteJsonl(corpus, Articles);

        long committedBeforeKill;
        // Two jobs, whatever the machine's default: the kill must find the threaded hand-off as safe as one thread.
        using (var child = StartIngest(corpus, db, "--jobs", "2"))
        {
            // Wait for a few committed batches (or the end, on a very fast machine), then kill without warning.
            committedBeforeKill = WaitForDocuments(db, child, atLeast: 200);
            child.Kill(entireProcessTree: true);
            child.WaitForExit();
        }
        Assert.True(committedBeforeKill > 0, "the child committed nothing before it was killed");

        using (var connection = OpenReadOnly(db))
        {
            Assert.Equal("ok", Scalar<string>(connection, "PRAGMA integrity_check"));
            Assert.True(Scalar<long>(connection, "SELECT count(*) FROM documents") >= committedBeforeKill);
            AssertNoHalfDocuments(connection);
        }

        using (var rerun = StartIngest(corpus, db))
        {
            var stdout = rerun.StandardOutput.ReadToEnd();
            var stderr = rerun.StandardError.ReadToEnd();
            rerun.WaitForExit();
            Assert.True(rerun.ExitCode == 0, $"re-run exited {rerun.ExitCode}: {stderr}");
            Assert.Contains("skipped as already stored", stdout, StringComparison.Ordinal);
        }

        using (var connection = OpenReadOnly(db))
        {
            Assert.Equal("ok", Scalar<string>(connection, "PRAGMA integrity_check"));
            Assert.Equal(Articles, Scalar<long>(connection, "SELECT count(*) FROM documents"));
            Assert.Equal(Articles, Scalar<long>(connection, "SELECT count(DISTINCT url) FROM documents"));
            Assert.Equal(0, Scalar<long>(connection, "SELECT count(*) FROM (SELECT doc_id, local_id FROM events GROUP BY 1, 2 HAVING count(*) > 1)"));
            AssertNoHalfDocuments(connection);
        }
    }

    [Fact]
    public void Ingest_KilledInABulkLoad_LeavesAStoreThatHasAllItsIndexesOnceOpened()
    {
        var corpus = Path.Combine(temp.Path, "corpus.jsonl");
        var db = Path.Combine(temp.Path, "bulk.db");
        StoreCorpus.WriteJsonl(corpus, Articles);
        using (var child = StartIngest(corpus, db, "--bulk", "always"))
        {
            WaitForDocuments(db, child, atLeast: 200);
            var killedMidway = !child.HasExited;
            child.Kill(entireProcessTree: true);
            child.WaitForExit();
            if (killedMidway)
            {
                using var connection = OpenReadOnly(db);
                Assert.True(Scalar<long>(connection, "SELECT count(*) FROM deferred_indexes") > 0, "the load had set no index aside");
            }
        }

        var fresh = Path.Combine(temp.Path, "fresh.db");
        SqliteEventStore.Open(fresh).Dispose();
        SqliteEventStore.Open(db).Dispose();

        const string indexes = "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name";
        Assert.Equal(SqliteRows.Of(fresh, indexes), SqliteRows.Of(db, indexes));
        using var opened = OpenReadOnly(db);
        Assert.Equal(0, Scalar<long>(opened, "SELECT count(*) FROM deferred_indexes"));
        Assert.Equal("ok", Scalar<string>(opened, "PRAGMA integrity_check"));
        Assert.False(File.Exists(db + "-bulk"), "the killed load's lock file was left behind");
    }

    /// <summary>Every stored document has its sentences and their full text: a batch is all or nothing.</summary>
    private static void AssertNoHalfDocuments(SqliteConnection connection)
    {
        Assert.Equal(0, Scalar<long>(connection, "SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM sentences s WHERE s.doc_id = d.id)"));
        Assert.Equal(Scalar<long>(connection, "SELECT count(*) FROM sentences"), Scalar<long>(connection, "SELECT count(*) FROM sentence_text"));
    }

    private static Process StartIngest(string corpus, string db, params string[] options)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "parley.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // Batches of 100, so that the kill comes after some commits and before the last.
        foreach (var argument in new[] { cli, "ingest", corpus, "--db", db, "--batch-size", "100" }.Concat(options))
            start.ArgumentList.Add(argument);
        return Process.Start(start)!;
    }

    private static long WaitForDocuments(string db, Process child, long atLeast)
    {
        // Drain the child's output so it never blocks on a full pipe.
        child.OutputDataReceived += (_, _) => { };
        child.ErrorDataReceived += (_, _) => { };
        child.BeginOutputReadLine();
        child.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddMinutes(2);
        long count = 0;
        while (DateTime.UtcNow < deadline && !child.HasExited)
        {
            count = CountDocuments(db);
            if (count >= atLeast)
                return count;
            Thread.Sleep(50);
        }
        return CountDocuments(db);
    }

    private static long CountDocuments(string db)
    {
        if (!File.Exists(db))
            return 0;
        try
        {
            using var connection = OpenReadOnly(db);
            return Scalar<long>(connection, "SELECT count(*) FROM documents");
        }
        catch (SqliteException)
        {
            return 0; // Not created yet, or its schema is being written.
        }
    }

    private static SqliteConnection OpenReadOnly(string db)
    {
        var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return connection;
    }

    private static T Scalar<T>(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)command.ExecuteScalar()!;
    }
}
