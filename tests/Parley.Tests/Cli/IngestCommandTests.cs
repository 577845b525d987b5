using Microsoft.Data.Sqlite;
using Parley.Tests.Support;

namespace Parley.Tests.Cli;

/// <summary><c>parley ingest</c>: every reader, each article once, bad input per file, a clear refusal of a bad database.</summary>
public sealed class IngestCommandTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    private string Db => Path.Combine(temp.Path, "parley.db");

    [Fact]
    public void Ingest_Samples_StoresEveryArticleOnce_EvenWhenRunTwice()
    {
        var first = CliRunner.Run(["ingest", Repository.Samples, "--db", Db]);
        var second = CliRunner.Run(["ingest", Repository.Samples, "--db", Db]);

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Matches(@"Ingested [1-9]\d* documents with [1-9][\d,]* events into .* 0 skipped as already stored, 0 failed\.", first.Out);
        Assert.Equal(0, second.ExitCode);
        Assert.Matches(@"Ingested 0 documents with 0 events .*; [1-9]\d* skipped as already stored", second.Out);
        Assert.Equal(Count("SELECT count(*) FROM documents"), Count("SELECT count(DISTINCT identity) FROM documents"));
        Assert.True(Count("SELECT count(*) FROM documents WHERE format = 'html'") > 0);
        Assert.True(Count("SELECT count(*) FROM documents WHERE format = 'jsonl'") > 0);
        Assert.True(Count("SELECT count(*) FROM documents WHERE format = 'rss'") > 0);
    }

    [Fact]
    public void Ingest_AnArticleRepeatedAfterABatchWasCommitted_IsStoredOnce()
    {
        // 250 articles, then the first again: its first copy was committed with the first batch of 200.
        var lines = Enumerable.Range(0, 250)
            .Select(i => $$"""{"id":"a{{i}}","url":"https://wire.test/{{i}}","published":"2024-03-0{{1 + (i % 9)}}","text":"Poland sent {{i + 1}} trucks of aid to Ukraine on Monday."}""")
            .Append("""{"id":"again","url":"https://wire.test/0","published":"2024-03-01","text":"Poland sent 1 trucks of aid to Ukraine on Monday."}""");
        var corpus = temp.Write("repeat.jsonl", string.Join("\n", lines) + "\n");

        var result = CliRunner.Run(["ingest", corpus, "--db", Db]);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("Ingested 250 documents", result.Out, StringComparison.Ordinal);
        Assert.Contains("1 skipped as already stored", result.Out, StringComparison.Ordinal);
        Assert.Equal(250, Count("SELECT count(*) FROM documents"));
    }

    [Fact]
    public void Ingest_StandardInput_IsRead()
    {
        var result = CliRunner.Run(["ingest", "-", "--db", Db, "--date", "2023-02-20"],
            "KYIV (Parley Wire) - US President Joe Biden visited Kyiv on Monday.");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(1, Count("SELECT count(*) FROM documents"));
        Assert.True(Count("SELECT count(*) FROM events") > 0);
    }

    [Fact]
    public void Ingest_BadInput_IsReportedPerFile_AndTheRestIsStored()
    {
        var good = temp.Write("in/good.txt", "KYIV, Feb 19 (Parley Wire) - The envoy arrived in Kyiv. Talks begin Monday.");
        var bad = temp.Write("in/photo.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]);
        var empty = temp.Write("in/empty.txt", []);

        var result = CliRunner.Run(["ingest", Path.Combine(temp.Path, "in"), "--db", Db]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.ErrorLines, l => l.Contains(bad, StringComparison.Ordinal));
        Assert.Contains(result.ErrorLines, l => l.Contains(empty, StringComparison.Ordinal));
        Assert.DoesNotContain(result.ErrorLines, l => l.Contains(good, StringComparison.Ordinal));
        Assert.Contains("2 failed", result.Out, StringComparison.Ordinal);
        Assert.Equal(1, Count("SELECT count(*) FROM documents"));
    }

    [Fact]
    public void Ingest_IntoAFileThatIsNotADatabase_FailsClearly_AndLeavesItAlone()
    {
        var notes = temp.Write("notes.txt", "my notes\n");

        var result = CliRunner.Run(["ingest", Repository.Sample("text"), "--db", notes]);

        Assert.Equal(4, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains(notes, line, StringComparison.Ordinal);
        Assert.Contains("not a SQLite database", line, StringComparison.Ordinal);
        Assert.Equal("my notes\n", File.ReadAllText(notes));
    }

    [Fact]
    public void Ingest_IntoALocationThatCannotBeWritten_FailsClearly()
    {
        // /proc takes no new files, not even from root (tests run as root in CI, where file modes stop nothing).
        Assert.True(OperatingSystem.IsLinux(), "this test needs Linux's /proc");
        const string location = "/proc/parley-test.db";

        var result = CliRunner.Run(["ingest", Repository.Sample("text"), "--db", location]);

        Assert.Equal(4, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains(location, line, StringComparison.Ordinal);
        Assert.Contains("you may write there", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Ingested", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_Reprocess_RecomputesEventsWithoutDuplicates()
    {
        CliRunner.Run(["ingest", Repository.Sample("text"), "--db", Db]);
        var events = Count("SELECT count(*) FROM events");

        var result = CliRunner.Run(["ingest", "--reprocess", "--db", Db]);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("Reprocessed", result.Out, StringComparison.Ordinal);
        Assert.Equal(events, Count("SELECT count(*) FROM events"));
        Assert.Equal(Count("SELECT count(*) FROM sentences"), Count("SELECT count(*) FROM sentence_text"));
    }

    [Fact]
    public void Ingest_WithoutPathsOrReprocess_IsAUsageError()
    {
        Assert.Equal(2, CliRunner.Run(["ingest", "--db", Db]).ExitCode);
        Assert.False(File.Exists(Db));
    }

    private long Count(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
