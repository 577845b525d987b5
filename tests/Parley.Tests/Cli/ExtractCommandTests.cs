using System.Text.Json;
using Parley.Tests.Support;

namespace Parley.Tests.Cli;

public sealed class ExtractCommandTests
{
    private static readonly string Kherson = Repository.Sample("text/kherson-liberated-2022.txt");
    private static readonly string Houthis = Repository.Sample("text/us-uk-strikes-houthis-2024.txt");

    [Fact]
    public void Json_PrintsOneObjectForOneDocument()
    {
        var result = CliRunner.Run(["extract", Kherson]);
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(JsonValueKind.Object, json.RootElement.ValueKind);
        Assert.Equal("parley/extract-1", json.RootElement.GetProperty("schema").GetString());
        Assert.NotEqual(0, json.RootElement.GetProperty("events").GetArrayLength());
        Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("document").GetProperty("quality").GetProperty("flags").ValueKind);
    }

    [Fact]
    public void Json_PrintsAnArrayForSeveralDocuments_AndJsonlOneLineEach()
    {
        using var json = JsonDocument.Parse(CliRunner.Run(["extract", Kherson, Houthis]).Out);
        Assert.Equal(2, json.RootElement.GetArrayLength());

        var lines = CliRunner.Run(["extract", Kherson, Houthis, "--format", "jsonl"]).Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.All(lines, line => Assert.Equal("parley/extract-1", JsonDocument.Parse(line).RootElement.GetProperty("schema").GetString()));
    }

    [Fact]
    public void Sentences_PointAtTheirTextByOffsets()
    {
        var text = File.ReadAllText(Kherson).Replace("\r\n", "\n", StringComparison.Ordinal);
        using var json = JsonDocument.Parse(CliRunner.Run(["extract", Kherson, "--include-text"]).Out);
        Assert.Equal(text, json.RootElement.GetProperty("document").GetProperty("text").GetString());
        foreach (var sentence in json.RootElement.GetProperty("sentences").EnumerateArray())
        {
            var start = sentence.GetProperty("start").GetInt32();
            var end = sentence.GetProperty("end").GetInt32();
            Assert.Equal(text[start..end].Replace('\n', ' '), sentence.GetProperty("text").GetString());
        }
    }

    [Fact]
    public void DateOption_OverridesTheDateline()
    {
        using var json = JsonDocument.Parse(CliRunner.Run(["extract", Kherson, "--date", "2022-11-12"]).Out);
        var document = json.RootElement.GetProperty("document");
        Assert.Equal("2022-11-12", document.GetProperty("published").GetString());
        Assert.Equal("option", document.GetProperty("published_from").GetString());
    }

    [Fact]
    public void StandardInput_IsReadWithADash()
    {
        var result = CliRunner.Run(["extract", "-", "--format", "jsonl"], "WASHINGTON, Feb. 19, 2025 (Parley Wire) - The envoy left for Kyiv.");
        Assert.Equal(0, result.ExitCode);
        var document = JsonDocument.Parse(result.Out).RootElement.GetProperty("document");
        Assert.Equal("-", document.GetProperty("origin").GetString());
        Assert.Equal("2025-02-19", document.GetProperty("published").GetString());
    }

    [Theory]
    [InlineData("dmy", "2024-04-03")]
    [InlineData("mdy", "2024-03-04")]
    public void NumericDates_FollowTheLocaleHint(string order, string expected)
    {
        var result = CliRunner.Run(["extract", "-", "--format", "jsonl", "--date", "2024-05-01", "--numeric-dates", order], "The memo was dated 03/04/2024.");
        var mention = JsonDocument.Parse(result.Out).RootElement.GetProperty("mentions").EnumerateArray().Single(m => m.GetProperty("kind").GetString() == "date");
        Assert.Equal(expected, mention.GetProperty("value").GetString());
    }

    [Fact]
    public void Table_ShowsOneLinePerEvent_AndExplainSaysWhichPatternFoundIt()
    {
        var result = CliRunner.Run(["extract", Repository.Sample("text/seo-envoy-chisinau.txt"), "--format", "table", "--explain"]);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("CONSULT", result.Out);
        Assert.Contains("speculative", result.Out);
        Assert.Contains("events: pattern", result.Out);
    }

    [Fact]
    public void ScrapedEnvoyStory_HasOneAssertedVisit_TheTalksToCome_AndIsFlaggedLowInformationAndSpeculative()
    {
        using var json = JsonDocument.Parse(CliRunner.Run(["extract", Repository.Sample("text/seo-envoy-chisinau.txt")]).Out);
        var events = json.RootElement.GetProperty("events").EnumerateArray().ToList();
        var visit = Assert.Single(events, e => e.GetProperty("mode").GetString() == "visit" && e.GetProperty("modality").GetString() == "asserted");
        Assert.Equal("EU", visit.GetProperty("actor")[0].GetProperty("code").GetString());
        Assert.Equal("MDA", visit.GetProperty("recipient")[0].GetProperty("code").GetString());
        Assert.Equal("MDA", visit.GetProperty("location").GetProperty("country").GetString());
        Assert.True(visit.GetProperty("evidence").GetArrayLength() > 1, "the arrival told several times is one event");
        Assert.Contains(events, e => e.GetProperty("type").GetString() == "CONSULT" && e.GetProperty("modality").GetString() == "future"
                                     && e.GetProperty("plover_type").GetString() == "AGREE");
        var flags = json.RootElement.GetProperty("document").GetProperty("quality").GetProperty("flags").EnumerateArray().Select(f => f.GetString()).ToList();
        Assert.Contains("speculative", flags);
        Assert.Contains("low-information", flags);
    }

    [Fact]
    public void Help_DescribesEveryCommand()
    {
        var result = CliRunner.Run(["--help"]);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("extract", result.Out);
        Assert.Contains("demo", result.Out);
        Assert.Contains("--include-text", CliRunner.Run(["extract", "--help"]).Out);
    }
}
