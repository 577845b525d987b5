using System.Text.Json;
using Parley.Cli.Output;
using Parley.Storage;
using Parley.Storage.Export;
using Parley.Storage.Sqlite;
using Parley.Tests.Support;

namespace Parley.Tests.Cli;

/// <summary><c>parley export</c>: each format read back gives the events that <c>parley events</c> lists.</summary>
public sealed class ExportCommandTests(IngestedSamples samples) : IClassFixture<IngestedSamples>, IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    private CliRunner.Result Run(params string[] args) => CliRunner.Run([.. args, "--db", samples.Db]);

    /// <summary>What <c>parley events --modality any</c> lists, as rows.</summary>
    private List<EventRow> Expected() =>
        Run("events", "--modality", "any", "--format", "jsonl", "--limit", "0").Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonSerializer.Deserialize<EventRow>(l)!).ToList();

    private static string Json(EventRow row) => JsonSerializer.Serialize(row);

    [Fact]
    public void Export_Jsonl_RoundTrips()
    {
        var path = Path.Combine(temp.Path, "events.jsonl");

        var result = Run("export", "--format", "jsonl", "--modality", "any", "--output", path);
        var rows = File.ReadAllLines(path).Select(l => JsonSerializer.Deserialize<EventRow>(l)!).ToList();

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"exported {rows.Count} events", result.Error, StringComparison.Ordinal);
        Assert.Equal(Expected().Select(Json), rows.Select(Json));
        Assert.Contains(rows, r => r.ActorCountry is not null && r.Latitude is not null && r.Url is not null);
    }

    [Fact]
    public void Export_Csv_RoundTrips_WithGdeltColumns()
    {
        var result = Run("export", "--format", "csv", "--modality", "any");
        var lines = result.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(EventCsv.Parse).ToList();
        var expected = Expected();

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(EventCsv.Columns, lines[0]);
        Assert.Equal(expected.Count, lines.Count - 1);
        var column = EventCsv.Columns.Select((name, i) => (name, i)).ToDictionary(c => c.name, c => c.i);
        for (var i = 0; i < expected.Count; i++)
        {
            var row = lines[i + 1];
            var e = expected[i];
            Assert.Equal(e.EventId.ToString(System.Globalization.CultureInfo.InvariantCulture), row[column["GLOBALEVENTID"]]);
            Assert.Equal(e.EventDate?.Replace("-", "", StringComparison.Ordinal) ?? "", row[column["SQLDATE"]]);
            Assert.Equal(e.ActorCountry ?? "", row[column["Actor1Code"]]);
            Assert.Equal(e.ActorName ?? "", row[column["Actor1Name"]]);
            Assert.Equal(e.RecipientCountry ?? "", row[column["Actor2Code"]]);
            Assert.Equal(e.Cameo, row[column["EventCode"]]);
            Assert.Equal(e.EventType, row[column["PloverType"]]);
            Assert.Equal(e.Score, double.Parse(row[column["PloverScore"]], System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(e.Placename ?? "", row[column["ActionGeo_FullName"]]);
            Assert.Equal(e.Latitude, row[column["ActionGeo_Lat"]] is { Length: > 0 } lat ? double.Parse(lat, System.Globalization.CultureInfo.InvariantCulture) : null);
            Assert.Equal(e.NumSources.ToString(System.Globalization.CultureInfo.InvariantCulture), row[column["NumSources"]]);
            Assert.Equal(e.Url ?? "", row[column["SOURCEURL"]]);
        }
    }

    [Fact]
    public void Csv_QuotesFieldsWithCommasQuotesAndNewlines()
    {
        var record = new EventRecord
        {
            Id = 1, DocumentId = 1, LocalId = "e1", Type = "AID", PloverType = "AID", Cameo = "070", Score = 3, Trigger = "sent", Modality = "asserted",
            Actors = [new ParticipantRecord("USA", "GOV", "Smith, \"Jr.\"\nII", "Smith")],
        };
        var writer = new StringWriter();

        EventCsv.Write(writer, [record]);
        var row = EventCsv.Parse(writer.ToString().Split("\r\n")[1]);

        Assert.Equal("Smith, \"Jr.\"\nII", row[3]);
        Assert.Equal(EventCsv.Columns.Count, row.Count);
    }

    [Fact]
    public async Task Export_Parquet_RoundTrips()
    {
        var path = Path.Combine(temp.Path, "events.parquet");

        var result = Run("export", "--format", "parquet", "--modality", "any", "-o", path);
        var rows = await EventParquet.ReadAsync(path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Expected().Select(Json), rows.Select(Json));
    }

    [Fact]
    public async Task Parquet_SeveralRowGroups_ReadBackWhole()
    {
        var path = Path.Combine(temp.Path, "groups.parquet");
        using var store = SqliteEventStore.Open(samples.Db, create: false);
        var events = store.Events(new EventQuery { Modality = null }).ToList();

        var written = await EventParquet.WriteAsync(path, events, CancellationToken.None, rowGroup: 40);
        var rows = await EventParquet.ReadAsync(path);

        Assert.True(events.Count > 80, "the samples give several row groups");
        Assert.Equal(events.Count, written);
        Assert.Equal(events.Select(e => Json(EventRow.From(e))), rows.Select(Json));
    }

    [Fact]
    public void Export_ParquetWithoutOutput_IsAUsageError() =>
        Assert.Equal(2, Run("export", "--format", "parquet").ExitCode);
}
