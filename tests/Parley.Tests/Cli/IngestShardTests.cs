using Parley.Cli.Commands.Store;

namespace Parley.Tests.Cli;

/// <summary><c>--shard i/n</c>: how workers split the articles between them.</summary>
public sealed class IngestShardTests
{
    [Theory]
    [InlineData("1/1", 1, 1)]
    [InlineData("2/4", 2, 4)]
    [InlineData("4/4", 4, 4)]
    public void Parse_ReadsIOfN(string text, int index, int count) =>
        Assert.Equal(new IngestShard(index, count), IngestShard.Parse(text, out _));

    [Theory]
    [InlineData("0/4")]
    [InlineData("5/4")]
    [InlineData("2")]
    [InlineData("a/b")]
    [InlineData("-1/2")]
    [InlineData("1/0")]
    public void Parse_RefusesWhatIsNotAShare_AndSaysWhatIs(string text)
    {
        Assert.Null(IngestShard.Parse(text, out var error));
        Assert.Contains("i/n", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Shards_SplitEveryArticleToExactlyOneWorker_Evenly()
    {
        var keys = Enumerable.Range(0, 4000).Select(i => $"url:https://wire.test/{i}").ToList();
        var shards = Enumerable.Range(1, 4).Select(i => new IngestShard(i, 4)).ToList();

        var owners = keys.Select(k => shards.Count(s => s.Owns(k))).ToList();
        var sizes = shards.Select(s => keys.Count(s.Owns)).ToList();

        Assert.All(owners, n => Assert.Equal(1, n));
        Assert.All(sizes, n => Assert.InRange(n, 850, 1150));
        Assert.All(keys, k => Assert.True(IngestShard.All.Owns(k)));
    }
}
