using System.Text.Json;
using System.Text.Json.Nodes;
using Parley.Tests.Support;

namespace Parley.Tests.Storage;

/// <summary>
/// The same corpus ingested into SQLite and into PostgreSQL gives the same answers to <c>events</c>,
/// <c>stats</c>, <c>search</c> and <c>export</c>, read through the command line as a user would.
/// </summary>
public sealed class BackendParityTests(BackendParityTests.Stores stores) : IClassFixture<BackendParityTests.Stores>
{
    private readonly string sqlite = stores.Sqlite;
    private readonly string postgres = stores.Postgres;

    /// <summary>The samples ingested once into each back end, for the class's tests, which only read them.</summary>
    public sealed class Stores : IDisposable
    {
        private readonly TempDirectory temp = new();

        public Stores()
        {
            Sqlite = Path.Combine(temp.Path, "parley.db");
            Postgres = PostgresServer.CreateSchema();
            foreach (var db in (string[])[Sqlite, Postgres])
            {
                var result = CliRunner.Run(["ingest", Repository.Sample("text"), Repository.Sample("jsonl"), Repository.Sample("html"), "--db", db]);
                if (result.ExitCode != 0)
                    throw new InvalidOperationException($"ingest into {db} failed: {result.Error}");
            }
        }

        /// <summary>The SQLite file.</summary>
        public string Sqlite { get; }

        /// <summary>The PostgreSQL connection string.</summary>
        public string Postgres { get; }

        public void Dispose()
        {
            PostgresServer.DropSchema(Postgres);
            temp.Dispose();
        }
    }

    [Theory]
    [InlineData("events", "--modality", "any", "--format", "jsonl", "--limit", "0")]
    [InlineData("events", "--format", "json", "--dyad", "USA,RUS", "--since", "2023")]
    [InlineData("events", "--format", "csv", "--type", "consult", "--min-sources", "2", "--modality", "any")]
    [InlineData("events", "--format", "jsonl", "--context", "diplomatic", "--limit", "5", "--offset", "2")]
    [InlineData("events", "--format", "jsonl", "--place", "alaska", "--country", "usa")]
    [InlineData("events", "--format", "jsonl", "--source", "parley wire", "--actor", "usa")]
    [InlineData("stats", "--format", "json")]
    [InlineData("stats", "--format", "json", "--modality", "any")]
    [InlineData("stats", "--format", "json", "--actor", "USA", "--since", "2023-01")]
    [InlineData("export", "--format", "csv", "--modality", "any")]
    [InlineData("export", "--format", "jsonl")]
    [InlineData("sources", "--format", "json")]
    [InlineData("commitments", "--format", "json")]
    public void Command_GivesTheSameOutput_OnBothBackEnds(params string[] command)
    {
        var onSqlite = Run(command, sqlite);
        var onPostgres = Run(command, postgres);

        Assert.NotEqual("", onSqlite.Trim());
        Assert.Equal(onSqlite, onPostgres);
    }

    [Theory]
    [InlineData("talks")]
    [InlineData("ceasefire")]
    [InlineData("sanctions Russia")]
    [InlineData("\"foreign minister\"")]
    public void Search_FindsTheSameSentencesWithTheSameEvents_OnBothBackEnds(string query)
    {
        // Each back end ranks with its own formula (bm25, ts_rank) and cuts its own snippet: the hits, their
        // events and the highlighted words must agree, not their order or context.
        var onSqlite = Hits(query, sqlite);
        var onPostgres = Hits(query, postgres);

        Assert.NotEmpty(onSqlite);
        Assert.Equal(onSqlite, onPostgres);
    }

    private static string Run(string[] command, string db)
    {
        var result = CliRunner.Run([.. command, "--db", db]);
        Assert.True(result.ExitCode == 0, $"{string.Join(' ', command)} on {db}: {result.Error}");
        return result.Out;
    }

    private static List<string> Hits(string query, string db) =>
        Run(["search", query, "--format", "jsonl", "--limit", "1000"], db).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line =>
            {
                var hit = JsonNode.Parse(line)!.AsObject();
                var snippet = hit["snippet"]!.GetValue<string>();
                hit.Remove("snippet");
                // The highlighted words, lower-cased: FTS5 and ts_headline agree on what matched.
                var marked = snippet.Split("**").Where((_, i) => i % 2 == 1).Select(w => w.ToLowerInvariant()).Distinct().Order(StringComparer.Ordinal);
                hit["marked"] = string.Join(' ', marked);
                return hit.ToJsonString();
            })
            .Order(StringComparer.Ordinal).ToList();
}
