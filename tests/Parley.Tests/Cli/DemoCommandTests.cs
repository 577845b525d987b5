using Parley.Tests.Support;

namespace Parley.Tests.Cli;

public sealed class DemoCommandTests
{
    [Fact]
    public void Demo_IngestsTheSamplesIntoAStore_AndPrintsDyadsAndTopEvents()
    {
        using var directory = new TempDirectory();
        var database = Path.Combine(directory.Path, "demo.db");
        var result = CliRunner.Run(["demo", "--samples", Repository.Samples, "--db", database]);
        Assert.Equal(0, result.ExitCode);
        var output = result.Out.Replace("\n", " ", StringComparison.Ordinal);
        Assert.Matches(@"\d+ documents \(1 of them copies of another, counted as one source with it\) from \d+ sources, 0 failures", output);
        Assert.Contains("Most active dyads", output);
        Assert.Contains("Top asserted events", output);
        // The store it kept answers queries afterwards.
        var events = CliRunner.Run(["events", "--db", database, "--dyad", "USA,UKR", "--format", "jsonl"]);
        Assert.Equal(0, events.ExitCode);
        Assert.NotEmpty(events.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
