using System.Text.Json;
using Parley.Storage.Export;
using Parley.Tests.Support;

namespace Parley.Tests.Storage;

/// <summary>
/// Scale-out: several <c>parley ingest</c> workers writing to one PostgreSQL store at once, each through its own
/// connection, store each article exactly once and leave the happenings and copies as one worker would.
/// The reference is the same corpus ingested by one worker into SQLite.
/// </summary>
public sealed class PostgresWorkerTests : IDisposable
{
    private const int Articles = 48;
    private readonly TempDirectory temp = new();
    private readonly string db = PostgresServer.CreateSchema();
    private readonly string corpus;

    public PostgresWorkerTests()
    {
        corpus = Path.Combine(temp.Path, "corpus.jsonl");
        StoreCorpus.WriteJsonl(corpus, Articles);
    }

    public void Dispose()
    {
        PostgresServer.DropSchema(db);
        temp.Dispose();
    }

    [Fact]
    public void FourWorkers_OnOverlappingInputs_StoreEachArticleOnce_AsOneWorkerWould()
    {
        // Given four files, each overlapping the next by half: every article is read by two workers
        var lines = File.ReadAllLines(corpus);
        var slices = Enumerable.Range(0, 4).Select(k => temp.Write($"slice{k}.jsonl",
            string.Join('\n', Enumerable.Range(k * Articles / 4, Articles / 2).Select(i => lines[i % Articles])) + "\n")).ToList();

        // When four workers ingest them at the same time into one PostgreSQL store
        var results = RunConcurrently(slices.Select(slice => new[] { "ingest", slice, "--db", db }).ToList());

        // Then every worker succeeded and, between them, stored each article exactly once
        Assert.All(results, r => Assert.True(r.ExitCode == 0, r.Error));
        Assert.Equal(Articles, results.Sum(r => Count(r.Out, @"Ingested ([\d,]+) documents")));
        Assert.Equal(Articles, results.Sum(r => Count(r.Out, @"([\d,]+) skipped as already stored")));
        AssertSameStoreAsOneWorker();
    }

    [Fact]
    public void FourShardedWorkers_OnTheSameInputs_SplitTheArticles_AsOneWorkerWould()
    {
        var results = RunConcurrently(Enumerable.Range(1, 4).Select(i => new[] { "ingest", corpus, "--db", db, "--shard", $"{i}/4" }).ToList());

        Assert.All(results, r => Assert.True(r.ExitCode == 0, r.Error));
        var stored = results.Select(r => Count(r.Out, @"Ingested ([\d,]+) documents")).ToList();
        Assert.Equal(Articles, stored.Sum());
        Assert.All(stored, n => Assert.InRange(n, 1, Articles / 2));
        AssertSameStoreAsOneWorker();
    }

    /// <summary>The PostgreSQL store lists the same events (ids aside), copies, totals and statistics as one worker's SQLite store of the corpus.</summary>
    private void AssertSameStoreAsOneWorker()
    {
        var reference = Path.Combine(temp.Path, "reference.db");
        Assert.Equal(0, CliRunner.Run(["ingest", corpus, "--db", reference]).ExitCode);

        var expected = Events(reference);
        var actual = Events(db);

        Assert.Equal(expected.Count, actual.Distinct().Count());
        Assert.Equal(expected, actual);
        Assert.Equal(Statistics(reference), Statistics(db));
    }

    private static List<string> Events(string store)
    {
        var result = CliRunner.Run(["events", "--modality", "any", "--format", "jsonl", "--limit", "0", "--db", store]);
        Assert.True(result.ExitCode == 0, result.Error);
        return result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonSerializer.Deserialize<EventRow>(line)!)
            .Select(row =>
            {
                // Ids are handed out in the order the workers happened to commit.
                row.EventId = 0;
                row.StoryId = 0;
                return JsonSerializer.Serialize(row);
            })
            .Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The statistics of the asserted events and of all, which the concurrent workers kept counts of as they wrote.</summary>
    private static string Statistics(string store) => string.Concat(((string[][])[[], ["--modality", "any"]]).Select(modality =>
    {
        var result = CliRunner.Run(["stats", "--format", "json", .. modality, "--db", store]);
        Assert.True(result.ExitCode == 0, result.Error);
        return result.Out;
    }));

    private static List<CliRunner.Result> RunConcurrently(List<string[]> commands)
    {
        using var start = new Barrier(commands.Count);
        var workers = commands.Select(args => Task.Factory.StartNew(() =>
        {
            start.SignalAndWait();
            return CliRunner.Run(args);
        }, TaskCreationOptions.LongRunning)).ToArray();
        return workers.Select(w => w.GetAwaiter().GetResult()).ToList();
    }

    /// <summary>The number <paramref name="pattern"/> captures in a worker's summary line.</summary>
    private static int Count(string output, string pattern)
    {
        var match = System.Text.RegularExpressions.Regex.Match(output, pattern);
        Assert.True(match.Success, $"no '{pattern}' in: {output}");
        return int.Parse(match.Groups[1].Value.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
    }
}
