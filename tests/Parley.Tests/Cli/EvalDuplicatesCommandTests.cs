using System.Text.Json;
using Parley.Tests.Support;

namespace Parley.Tests.Cli;

public sealed class EvalDuplicatesCommandTests
{
    [Fact]
    public void EvalDuplicates_Json_GivesOverallScoresCategoriesAndEveryPair()
    {
        var result = CliRunner.Run(["eval", "duplicates", Path.Combine(Repository.Root, "eval", "gold", "duplicates", "spun.jsonl"), "--format", "json"]);
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal(13, root.GetProperty("pairs").GetInt32());
        Assert.True(root.GetProperty("fields").GetProperty("duplicate").GetProperty("recall").GetDouble() > 0.9);
        Assert.Equal(13, root.GetProperty("categories").GetProperty("spun").GetProperty("pairs").GetInt32());
        Assert.Equal(13, root.GetProperty("results").GetArrayLength());
        Assert.Equal(2, root.GetProperty("parameters").GetProperty("shingleSize").GetInt32());
    }

    [Fact]
    public void EvalDuplicates_Table_NamesTheCategoriesAndFailsOnAnUnknownOne()
    {
        using var folder = new TempDirectory();
        var gold = folder.Write("pairs.jsonl",
            """{"id":"x","category":"copied","a":{"id":"a","text":"one two three"},"b":{"id":"b","text":"one two three"}}""" + "\n");
        var result = CliRunner.Run(["eval", "duplicates", gold]);
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("unknown category 'copied'", result.Error, StringComparison.Ordinal);
        Assert.Contains("same-topic", result.Out, StringComparison.Ordinal);
    }
}
