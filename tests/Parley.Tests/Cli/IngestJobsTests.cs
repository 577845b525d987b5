using System.Text.RegularExpressions;
using Parley.Tests.Storage;
using Parley.Tests.Support;

namespace Parley.Tests.Cli;

/// <summary>
/// <c>parley ingest --jobs N</c> processes articles on N threads but stores them in the order read: the store,
/// the failures reported and the counts are those of one job, row for row.
/// </summary>
public sealed partial class IngestJobsTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    public void Ingest_OnSeveralJobs_MakesTheStoreOneJobMakes_WithDuplicatesAndBadInput(int jobs)
    {
        var input = Corpus();
        var one = Path.Combine(temp.Path, "one.db");
        var several = Path.Combine(temp.Path, $"jobs{jobs}.db");

        // Small batches, so that batches are committed (and their identities leave the pending set) while twins are in flight.
        var alone = CliRunner.Run(["ingest", input, "--db", one, "--jobs", "1", "--batch-size", "7"]);
        var shared = CliRunner.Run(["ingest", input, "--db", several, "--jobs", jobs.ToString(System.Globalization.CultureInfo.InvariantCulture), "--batch-size", "7"]);

        Assert.Equal(1, alone.ExitCode);
        Assert.Equal(alone.ExitCode, shared.ExitCode);
        Assert.Equal(Failures(alone), Failures(shared));
        Assert.Equal(3, Failures(alone).Length);
        Assert.Contains("Ingested 90 documents", alone.Out, StringComparison.Ordinal);
        Assert.Contains("4 skipped as already stored, 3 failed", alone.Out, StringComparison.Ordinal);
        Assert.Equal(Counts(alone.Out, one), Counts(shared.Out, several));
        AssertSameRows(one, several);

        // --reprocess on several jobs replaces the events as one job does.
        Assert.Equal(0, CliRunner.Run(["ingest", "--reprocess", "--db", one, "--jobs", "1"]).ExitCode);
        Assert.Equal(0, CliRunner.Run(["ingest", "--reprocess", "--db", several, "--jobs", jobs.ToString(System.Globalization.CultureInfo.InvariantCulture)]).ExitCode);
        AssertSameRows(one, several);
    }

    [Fact]
    public void Ingest_JobsBelowOne_IsAUsageError()
    {
        var result = CliRunner.Run(["ingest", Corpus(), "--db", Path.Combine(temp.Path, "x.db"), "--jobs", "0"]);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--jobs", result.Error, StringComparison.Ordinal);
    }

    /// <summary>
    /// A folder of 90 articles, four of them read again (one right after its first reading, while it may still be
    /// processed), a line that is not JSON, an empty file and a file that is not text.
    /// </summary>
    private string Corpus()
    {
        var folder = Path.Combine(temp.Path, "in");
        Directory.CreateDirectory(folder);
        var articles = Path.Combine(folder, "a.jsonl");
        StoreCorpus.WriteJsonl(articles, 90);
        var lines = File.ReadAllLines(articles).ToList();
        lines.Insert(31, lines[30]);
        lines.Insert(60, "{ not json");
        lines.AddRange([lines[0], lines[45], lines[89]]);
        File.WriteAllLines(articles, lines);
        temp.Write("in/b-empty.txt", []);
        temp.Write("in/c-photo.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]);
        return folder;
    }

    /// <summary>The failures reported, in order, without the progress lines a slow run writes among them.</summary>
    private static string[] Failures(CliRunner.Result result) =>
        result.ErrorLines.Where(l => !l.StartsWith("parley: ingest: ", StringComparison.Ordinal)).ToArray();

    /// <summary>The summary's counts, without the store's name and the timing.</summary>
    private static string Counts(string summary, string db) => Timing().Replace(summary.Replace(db, "STORE", StringComparison.Ordinal), "");

    [GeneratedRegex(@" in [\d.,]+ s \([\d,]+ articles/s\)")]
    private static partial Regex Timing();

    /// <summary>Every row of every table is the same in both stores, but for when each was written (documents' <c>ingested_at</c>, migrations' <c>applied_at</c>).</summary>
    private static void AssertSameRows(string expected, string actual)
    {
        const string Tables = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
        var tables = SqliteRows.Of(expected, Tables);
        Assert.Equal(tables, SqliteRows.Of(actual, Tables));
        Assert.Contains("events", tables);
        foreach (var table in tables)
        {
            var columns = SqliteRows.Of(expected, $"SELECT '\"' || name || '\"' FROM pragma_table_info('{table}') WHERE name NOT IN ('ingested_at', 'applied_at')");
            var query = $"SELECT {string.Join(", ", columns)} FROM \"{table}\"";
            Assert.True(SqliteRows.Of(expected, query).Order(StringComparer.Ordinal).SequenceEqual(SqliteRows.Of(actual, query).Order(StringComparer.Ordinal)), $"table {table} differs");
        }
    }
}
