using Parley.Evaluation;
using Parley.Pipeline;
using Parley.Storage.Evaluation;
using Parley.Tests.Support;

namespace Parley.Tests.Storage;

/// <summary>Event clustering measured on the gold of eval/gold/clusters, through a real SQLite store.</summary>
public sealed class ClusterScorerTests
{
    [Fact]
    public void TheGold_IsClusteredAsItsLabelsSay()
    {
        using var temp = new TempDirectory();
        var articles = GoldReader.Read<GoldClusterArticle>([Path.Combine(Repository.Root, "eval", "gold", "clusters")]).Select(r => r.Record!).ToList();
        var evaluation = new ClusterScorer(StandardPipeline.Create()).Score(articles, temp.Path);
        Assert.True(evaluation.Reports >= 8, $"{evaluation.Reports} reports");
        Assert.Equal(0, evaluation.Unmatched);
        // Floors just under what the gold measures (1.0): "Wang held talks with Lavrov" and "Lavrov met Wang" are one meeting.
        Assert.True(evaluation.Pairs.Precision >= 0.99 && evaluation.Pairs.Recall >= 0.99, string.Join("\n", evaluation.Disagreements));
        Assert.Empty(Directory.GetFiles(temp.Path));
    }
}
