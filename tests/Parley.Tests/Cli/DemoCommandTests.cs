using Parley.Tests.Support;

namespace Parley.Tests.Cli;

public sealed class DemoCommandTests
{
    [Fact]
    public void Demo_IngestsTheSamplesIntoAStore_AndPrintsDyadsAndTopEvents()
    {
        using var directory = new TempDirectory();
        var database = Path.Combine(directory.Path, "demo.db");
        var result = CliRunner.Run(["demo", "--samples", Repository.Samples, "--db", database, "--brief-dir", directory.Path]);
        Assert.Equal(0, result.ExitCode);
        var output = result.Out.Replace("\n", " ", StringComparison.Ordinal);
        Assert.Matches(@"\d+ documents \(1 of them copies of another, counted as one source with it\) from \d+ sources, 0 failures", output);
        Assert.Contains("Most active dyads", output);
        Assert.Contains("Top asserted events", output);
        // It ends with a brief of the corpus, in Markdown and in self-contained HTML, every line cited.
        Assert.Contains("Brief of the corpus", output);
        // The Istanbul talks of May 2025 are told by two outlets independently: confirmed. The syndicated pair is one source.
        Assert.Matches(@"[1-9]\d* of them confirmed by two or more sources", output);
        Assert.Matches(@"\(1 of them copies of another", output);
        var markdown = File.ReadAllText(Path.Combine(directory.Path, "parley-brief.md"));
        Assert.Contains("## Timeline", markdown);
        Assert.Contains("## Sources", markdown);
        var html = File.ReadAllText(Path.Combine(directory.Path, "parley-brief.html"));
        Assert.Contains("<svg", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch("(src|href)=\"(?!#|https?://)", html);
        // The store it kept answers queries afterwards.
        var events = CliRunner.Run(["events", "--db", database, "--dyad", "USA,UKR", "--format", "jsonl"]);
        Assert.Equal(0, events.ExitCode);
        Assert.NotEmpty(events.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
