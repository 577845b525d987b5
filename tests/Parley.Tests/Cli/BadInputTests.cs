using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Parley.Tests.Support;

namespace Parley.Tests.Cli;

/// <summary>Every kind of bad input: one clear message naming the file, the rest processed, exit code 1.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TempDirectory temp = new();
    private readonly string good;

    public BadInputTests() => good = temp.Write("good.txt", "KYIV, Feb 19 (Parley Wire) - The envoy arrived in Kyiv. Talks begin Monday.");

    public void Dispose() => temp.Dispose();

    private static void AssertOneErrorNaming(CliRunner.Result result, string file, string reason)
    {
        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains(file, line);
        Assert.Contains(reason, line, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", result.Error); // no stack trace
    }

    private static string[] ProcessedOrigins(CliRunner.Result result) =>
        result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("document").GetProperty("origin").GetString()!).ToArray();

    private static void WriteMegabytesWithoutNewline(Stream stream, int megabytes)
    {
        var block = Encoding.ASCII.GetBytes(new string('a', 1 << 20));
        for (var i = 0; i < megabytes; i++)
            stream.Write(block);
    }

    private CliRunner.Result ExtractWithGood(string bad) => CliRunner.Run(["extract", bad, good, "--format", "jsonl"]);

    [Fact]
    public void BinaryFile_IsRefused_AndOthersStillGoThrough()
    {
        var bad = temp.Write("photo.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);
        var result = ExtractWithGood(bad);
        AssertOneErrorNaming(result, bad, "binary");
        Assert.Equal([good], ProcessedOrigins(result));
    }

    [Fact]
    public void InvalidUtf8_IsRefused()
    {
        var bad = temp.Write("latin.txt", [.. Encoding.ASCII.GetBytes("Caf"), 0xE9, .. Encoding.ASCII.GetBytes(" in Kyiv.")]);
        var result = ExtractWithGood(bad);
        AssertOneErrorNaming(result, bad, "invalid UTF-8");
        Assert.Equal([good], ProcessedOrigins(result));
    }

    [Fact]
    public void EmptyFile_IsReported()
    {
        var bad = temp.Write("empty.txt", []);
        var result = ExtractWithGood(bad);
        AssertOneErrorNaming(result, bad, "empty");
        Assert.Equal([good], ProcessedOrigins(result));
    }

    [Fact]
    public void HugeFileWithoutNewline_IsRefusedWithoutReadingItWhole()
    {
        var bad = Path.Combine(temp.Path, "huge.txt");
        using (var file = File.Create(bad))
            WriteMegabytesWithoutNewline(file, 200);
        var result = ExtractWithGood(bad);
        AssertOneErrorNaming(result, bad, "too large");
        Assert.Equal([good], ProcessedOrigins(result));
    }

    [Fact]
    public void HugeGzipStream_IsRefusedAfterTheLimit()
    {
        var bad = Path.Combine(temp.Path, "huge.txt.gz");
        using (var file = File.Create(bad))
        using (var gzip = new GZipStream(file, CompressionLevel.Fastest))
            WriteMegabytesWithoutNewline(gzip, 40);
        var result = ExtractWithGood(bad);
        AssertOneErrorNaming(result, bad, "too large");
    }

    [Fact]
    public void DeeplyNestedHtml_IsRefusedQuickly()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "deep</body></html>";
        var bad = temp.Write("deep.html", html);
        var result = ExtractWithGood(bad);
        AssertOneErrorNaming(result, bad, "nests elements");
        Assert.Equal([good], ProcessedOrigins(result));
    }

    [Fact]
    public void RssWithEntityExpansionBomb_IsRefusedBeforeExpansion()
    {
        var bomb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n  <!ENTITY lol \"lol\">\n");
        bomb.Append("  <!ENTITY lol1 \"").Append(string.Concat(Enumerable.Repeat("&lol;", 10))).Append("\">\n");
        for (var i = 2; i <= 9; i++)
            bomb.Append("  <!ENTITY lol").Append(i).Append(" \"").Append(string.Concat(Enumerable.Repeat("&lol" + (i - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + ";", 10))).Append("\">\n");
        bomb.Append("]>\n<rss version=\"2.0\"><channel><title>&lol9;</title><item><title>x</title><description>&lol9;</description></item></channel></rss>");
        var bad = temp.Write("bomb.rss", bomb.ToString());
        var result = ExtractWithGood(bad);
        AssertOneErrorNaming(result, bad, "DTD");
        Assert.Equal([good], ProcessedOrigins(result));
    }

    [Fact]
    public void MalformedXml_NamesTheLine()
    {
        var bad = temp.Write("broken.xml", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\">\n<channel><item><title>x</item></channel></rss>");
        var result = ExtractWithGood(bad);
        AssertOneErrorNaming(result, bad, "line 3");
    }

    [Fact]
    public void JsonlWithMalformedLine3Of10_ReportsThatLineAndKeepsTheOtherNine()
    {
        var lines = Enumerable.Range(1, 10).Select(i => i == 3
            ? "{\"id\": \"a3\", \"text\": \"unterminated"
            : JsonSerializer.Serialize(new { id = $"a{i}", text = $"Article {i}: the envoy met the minister in Kyiv." })).ToArray();
        var bad = temp.Write("batch.jsonl", string.Join('\n', lines) + "\n");
        var result = CliRunner.Run(["extract", bad, "--format", "jsonl"]);
        AssertOneErrorNaming(result, bad + ":3", "invalid JSON");
        Assert.Equal(9, ProcessedOrigins(result).Length);
        Assert.DoesNotContain(ProcessedOrigins(result), o => o.EndsWith(":3", StringComparison.Ordinal));
    }

    [Fact]
    public void MissingPath_IsReported()
    {
        var missing = Path.Combine(temp.Path, "nope.txt");
        var result = ExtractWithGood(missing);
        AssertOneErrorNaming(result, missing, "no such file");
        Assert.Equal([good], ProcessedOrigins(result));
    }

    [Fact]
    public void GoodInputs_ExitWithZero()
    {
        var result = CliRunner.Run(["extract", good, "--format", "jsonl"]);
        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.ErrorLines);
    }

    [Fact]
    public void UsageErrors_ExitWithTwo()
    {
        Assert.Equal(2, CliRunner.Run(["extract", good, "--format", "yaml"]).ExitCode);
        Assert.Equal(2, CliRunner.Run(["extract", good, "--date", "19 Feb"]).ExitCode);
        Assert.Equal(2, CliRunner.Run(["extract"]).ExitCode);
    }

    [Theory]
    [InlineData("extract", "--max-doc-mb", "lots", "--max-doc-mb")]
    [InlineData("extract", "--max-doc-mb", "5000", "between 1 and 1024")]
    [InlineData("ingest", "--batch-size", "abc", "--batch-size")]
    [InlineData("ingest", "--batch-size", "0", "--batch-size must be 1 or more")]
    public void IntegerOptions_OutOfRangeOrNoNumber_AreUsageErrorsNamingTheOption(string command, string option, string value, string expected)
    {
        // A value that is no number once crashed the range check (an unhandled exception, exit 134).
        var result = CliRunner.Run([command, good, option, value]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled", result.Error, StringComparison.Ordinal);
    }
}
