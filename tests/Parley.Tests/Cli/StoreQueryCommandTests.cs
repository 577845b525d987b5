using System.Text.Json;
using Parley.Cli.Output;
using Parley.Storage.Export;
using Parley.Tests.Support;

namespace Parley.Tests.Cli;

/// <summary><c>parley events</c> and <c>parley stats</c> over the ingested samples.</summary>
public sealed class StoreQueryCommandTests(IngestedSamples samples) : IClassFixture<IngestedSamples>
{
    private CliRunner.Result Run(params string[] args) => CliRunner.Run([.. args, "--db", samples.Db]);

    private static JsonElement[] Lines(CliRunner.Result result) =>
        result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();

    [Fact]
    public void Events_Table_ListsAssertedEventsNewestFirst()
    {
        var result = Run("events", "--limit", "5");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("who → whom", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Events_Jsonl_UsesPolecatNames_AndHonoursFilters()
    {
        var events = Lines(Run("events", "--dyad", "UKR,RUS", "--format", "jsonl", "--limit", "0"));

        Assert.NotEmpty(events);
        Assert.All(events, e =>
        {
            Assert.Equal("asserted", e.GetProperty("modality").GetString());
            var actors = e.GetProperty("actor_codes").EnumerateArray().Select(c => c.GetString()).ToArray();
            var recipients = e.GetProperty("recipient_codes").EnumerateArray().Select(c => c.GetString()).ToArray();
            Assert.True((actors.Contains("UKR") && recipients.Contains("RUS")) || (actors.Contains("RUS") && recipients.Contains("UKR")), e.ToString());
        });
        var dates = events.Select(e => e.GetProperty("event_date").GetString()).Where(d => d is not null).ToArray();
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
    }

    [Fact]
    public void Commitments_Json_ListsThePledgesOfTheSamplesWithAmountsAndTotals()
    {
        var result = Run("commitments", "--donor", "USA", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var root = JsonDocument.Parse(result.Out).RootElement;
        var commitments = root.GetProperty("commitments").EnumerateArray().ToArray();
        // Biden's $500 million pledge in Kyiv, February 2023.
        Assert.Contains(commitments, c => c.GetProperty("currency").GetString() == "USD" && c.GetProperty("amount").GetDecimal() == 500_000_000m
                                          && c.GetProperty("status").GetString() == "pledged" && c.GetProperty("day").GetString() == "2023-02-20");
        Assert.All(commitments, c => Assert.Contains("USA", c.GetProperty("donors").EnumerateArray().Select(r => r.GetString())));
        Assert.Equal(commitments.Sum(c => c.GetProperty("usd").ValueKind == JsonValueKind.Number ? c.GetProperty("usd").GetDecimal() : 0),
            root.GetProperty("totals").GetProperty("usd").GetDecimal());
    }

    [Fact]
    public void Sources_Json_GivesEachOutletsQuality_AndFindsTheSyndicatedCopy()
    {
        var result = Run("sources", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var sources = JsonDocument.Parse(result.Out).RootElement.EnumerateArray().ToArray();
        var totals = JsonDocument.Parse(Run("stats", "--format", "json").Out).RootElement;
        Assert.Equal(totals.GetProperty("documents").GetInt64(), sources.Sum(s => s.GetProperty("documents").GetInt64()));
        Assert.Equal(1, sources.Sum(s => s.GetProperty("copies").GetInt64())); // samples/text/syndicated-*.txt
        Assert.All(sources, s => Assert.InRange(s.GetProperty("hedge_ratio").GetDouble(), 0, 1));
        Assert.Contains(sources, s => s.GetProperty("fact_density").GetDouble() > 1 && s.GetProperty("attribution_ratio").GetDouble() > 0);
    }

    [Fact]
    public void Events_ModalityAny_IncludesWhatTheDefaultLeavesOut()
    {
        var asserted = Lines(Run("events", "--format", "jsonl", "--limit", "0"));
        var any = Lines(Run("events", "--modality", "any", "--format", "jsonl", "--limit", "0"));

        Assert.True(any.Length > asserted.Length);
        Assert.Contains(any, e => e.GetProperty("modality").GetString() != "asserted");
    }

    [Fact]
    public void Events_DateTypeAndPaging_Filter()
    {
        var in2023 = Lines(Run("events", "--since", "2023", "--until", "2023-12", "--type", "assault", "--format", "jsonl", "--limit", "0"));
        var page = Lines(Run("events", "--since", "2023", "--until", "2023-12", "--type", "assault", "--format", "jsonl", "--limit", "2", "--offset", "1"));

        Assert.NotEmpty(in2023);
        Assert.All(in2023, e => Assert.StartsWith("2023-", e.GetProperty("event_date").GetString(), StringComparison.Ordinal));
        Assert.All(in2023, e => Assert.Equal("ASSAULT", e.GetProperty("event_type").GetString()));
        Assert.Equal(in2023.Skip(1).Take(2).Select(e => e.GetProperty("event_id").GetInt64()), page.Select(e => e.GetProperty("event_id").GetInt64()));
    }

    [Fact]
    public void Events_Csv_HasGdeltColumns()
    {
        var result = Run("events", "--format", "csv", "--limit", "3");
        var lines = result.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(EventCsv.Columns, EventCsv.Parse(lines[0]));
        Assert.Equal(4, lines.Length);
        Assert.All(lines.Skip(1), l => Assert.Equal(EventCsv.Columns.Count, EventCsv.Parse(l).Count));
    }

    [Theory]
    [InlineData("--dyad", "USA")]
    [InlineData("--since", "last week")]
    [InlineData("--modality", "maybe")]
    public void Events_BadFilter_IsAUsageError(string option, string value) =>
        Assert.Equal(2, Run("events", option, value).ExitCode);

    [Fact]
    public void Events_NoStore_SaysHowToMakeOne()
    {
        var result = CliRunner.Run(["events", "--db", Path.Combine(Path.GetTempPath(), "parley-none-" + Guid.NewGuid().ToString("N") + ".db")]);

        Assert.Equal(4, result.ExitCode);
        Assert.Contains("parley ingest", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Stats_Json_HasTotalsCountsAndTheDyadIndex()
    {
        var json = JsonDocument.Parse(Run("stats", "--format", "json").Out).RootElement;

        Assert.True(json.GetProperty("documents").GetInt64() > 0);
        Assert.True(json.GetProperty("events").GetInt64() > 0);
        Assert.True(json.GetProperty("sources").GetInt64() > 0);
        var byType = json.GetProperty("by_type").EnumerateArray().Sum(t => t.GetProperty("events").GetInt64());
        Assert.Equal(json.GetProperty("matching_events").GetInt64(), byType);
        Assert.NotEmpty(json.GetProperty("by_month").EnumerateArray());
        var dyad = json.GetProperty("by_dyad").EnumerateArray().First();
        Assert.NotEqual(dyad.GetProperty("actor").GetString(), dyad.GetProperty("recipient").GetString());
        Assert.All(json.GetProperty("dyad_month_index").EnumerateArray(), m => Assert.InRange(m.GetProperty("index").GetDouble(), -10, 10));
    }

    [Fact]
    public void Stats_TableAndCsv_Render()
    {
        var table = Run("stats");
        var csv = Run("stats", "--format", "csv");

        Assert.Equal(0, table.ExitCode);
        Assert.Contains("busiest dyads", table.Out, StringComparison.Ordinal);
        Assert.StartsWith("section,actor,recipient,key,events,score\r\ntotal,,,documents,", csv.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_HighlightsHits_AndListsTheSentencesEvents()
    {
        var result = Run("search", "prisoner swap");
        var json = Lines(Run("search", "prisoner swap", "--format", "jsonl"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("**prisoner** **swap**", result.Out, StringComparison.Ordinal);
        Assert.NotEmpty(json);
        Assert.Contains(json, h => h.GetProperty("events").GetArrayLength() > 0);
    }

    [Fact]
    public void Search_NothingFound_SaysSo_AndOddSyntaxIsNotAnError()
    {
        var none = Run("search", "zeppelin");
        var odd = Run("search", "U.S.-\"China");

        Assert.Equal(0, none.ExitCode);
        Assert.Contains("No sentence matches", none.Out, StringComparison.Ordinal);
        Assert.Equal(0, odd.ExitCode);
    }

    [Fact]
    public void Show_Event_GivesEvidenceAndSources_AndDocumentGivesAnnotations()
    {
        var first = Lines(Run("events", "--format", "jsonl", "--limit", "1"))[0];
        var eventId = first.GetProperty("event_id").GetInt64();
        var docId = first.GetProperty("story_id").GetInt64();

        var shown = Run("show", "e" + eventId);
        var json = JsonDocument.Parse(Run("show", eventId.ToString(System.Globalization.CultureInfo.InvariantCulture), "--format", "json").Out).RootElement;
        var document = Run("show", "d" + docId);
        var documentJson = JsonDocument.Parse(Run("show", "d" + docId, "--format", "json").Out).RootElement;

        Assert.Equal(0, shown.ExitCode);
        Assert.Contains("evidence:", shown.Out, StringComparison.Ordinal);
        Assert.Contains("told by 1 article", shown.Out, StringComparison.Ordinal);
        Assert.Equal(eventId, json.GetProperty("event").GetProperty("event_id").GetInt64());
        Assert.NotEqual(0, json.GetProperty("evidence").GetArrayLength());
        Assert.Contains("events:", document.Out, StringComparison.Ordinal);
        Assert.Contains(documentJson.GetProperty("events").EnumerateArray(), e => e.GetProperty("event_id").GetInt64() == eventId);
        Assert.NotEqual(0, documentJson.GetProperty("mentions").GetArrayLength());
    }

    [Fact]
    public void Show_SyndicatedPair_OneIsACopyOfTheOther_CountedAsOneSource()
    {
        // The two minerals-deal articles (samples/text/syndicated-*.txt), published the same day by two outlets.
        var hits = Lines(Run("search", "\"Verkhovna Rada\"", "--format", "jsonl"));
        var pair = hits.Select(h => h.GetProperty("document_id").GetInt64()).Distinct().Order().ToArray();
        Assert.Equal(2, pair.Length);
        var documents = pair.Select(id => JsonDocument.Parse(Run("show", "d" + id, "--format", "json").Out).RootElement).ToArray();
        var copy = Assert.Single(documents, d => d.GetProperty("copy_of").ValueKind == JsonValueKind.Object);
        var original = Assert.Single(documents, d => d.GetProperty("copy_of").ValueKind == JsonValueKind.Null);
        var (copyId, originalId) = (copy.GetProperty("id").GetInt64(), original.GetProperty("id").GetInt64());

        Assert.Equal(originalId, copy.GetProperty("copy_of").GetProperty("original_id").GetInt64());
        Assert.Matches($@"copy of d{originalId} \(similarity 0\.\d\d\)", Run("show", "d" + copyId).Out);
        Assert.Matches($@"copies: d{copyId} \(similarity 0\.\d\d\)", Run("show", "d" + originalId).Out);
        Assert.Equal(1, JsonDocument.Parse(Run("stats", "--format", "json").Out).RootElement.GetProperty("duplicates").GetInt64());
        // An event both tell: two articles, one independent source.
        var shared = copy.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("event_id").GetInt64())
            .Select(id => Run("show", "e" + id).Out).First(o => o.Contains("told by 2 article(s)", StringComparison.Ordinal));
        Assert.Contains("1 independent source(s)", shared, StringComparison.Ordinal);
        Assert.Contains($"(copy of d{originalId})", shared, StringComparison.Ordinal);
    }

    [Fact]
    public void Events_ClusterModality_IsAFieldAndAFilter()
    {
        var all = Lines(Run("events", "--modality", "any", "--format", "jsonl", "--limit", "0"));
        var speculative = Lines(Run("events", "--modality", "any", "--cluster-modality", "speculative", "--format", "jsonl", "--limit", "0"));

        Assert.All(all, e => Assert.Contains(e.GetProperty("cluster_modality").GetString(), (string[])["confirmed", "reported", "claimed", "speculative", "disputed", "negated"]));
        Assert.NotEmpty(speculative);
        Assert.All(speculative, e => Assert.Equal("speculative", e.GetProperty("cluster_modality").GetString()));
        Assert.Equal(all.Count(e => e.GetProperty("cluster_modality").GetString() == "speculative"), speculative.Length);
        Assert.Equal(2, Run("events", "--cluster-modality", "rumoured").ExitCode);
    }

    [Theory]
    [InlineData("e999999", 1)]
    [InlineData("d999999", 1)]
    [InlineData("x12", 2)]
    public void Show_UnknownOrMalformedId_Fails(string id, int exitCode) =>
        Assert.Equal(exitCode, Run("show", id).ExitCode);
}
