using Parley.Evaluation;
using Parley.Mentions;
using Parley.Pipeline;
using Parley.Tests.Support;

namespace Parley.Tests.Evaluation;

public sealed class MentionScorerTests
{
    private static MentionScorer Scorer() => new(StandardPipeline.Create(), EntityLexicon.Shipped);

    [Fact]
    public void Score_CountsCorrectWrongMissedAndSpuriousValues()
    {
        var gold = new GoldSentence
        {
            Id = "t1",
            Published = "2025-02-19",
            Text = "The US Envoy arrived in Kyiv on Wednesday.",
            Mentions =
            [
                new GoldMention { Kind = "actor", Text = "US Envoy", Code = "USA", Sector = "MIL" }, // sector deliberately wrong
                new GoldMention { Kind = "place", Text = "Kyiv", Country = "UKR" },
                new GoldMention { Kind = "date", Text = "Wednesday", Value = "2025-02-12", Precision = "day" }, // value deliberately wrong
            ],
        };
        var result = Scorer().Score([gold]);
        Assert.Equal((1, 0, 0), Counts(result.Scores["actor.code"]));
        Assert.Equal((0, 1, 1), Counts(result.Scores["actor.sector"]));
        Assert.Equal((1, 0, 0), Counts(result.Scores["place.country"]));
        Assert.Equal((0, 1, 1), Counts(result.Scores["date.value"]));
        Assert.Equal(1.0, result.Scores["actor.code"].F1);
    }

    [Fact]
    public void Score_ReportsGoldTextsMissingFromTheirSentence()
    {
        var gold = new GoldSentence { Id = "t2", Text = "Kyiv said.", Mentions = [new GoldMention { Kind = "actor", Text = "Moscow", Code = "RUS" }] };
        Assert.Single(Scorer().Score([gold]).Problems);
    }

    [Fact]
    public void GoldSet_StaysAboveTheAccuracyFloor()
    {
        // A regression guard on the team's gold set (eval/gold/mentions); the figures themselves are
        // reported by `parley eval mentions`. Floors sit a little under the measured values.
        var gold = GoldReader.Read<GoldSentence>([Path.Combine(Repository.Root, "eval", "gold", "mentions")]).Select(g => g.Record!).ToList();
        Assert.True(gold.Count >= 300);
        var result = Scorer().Score(gold);
        Assert.Empty(result.Problems);
        Assert.InRange(result.Scores["actor.code"].F1, 0.92, 1.0);
        Assert.InRange(result.Scores["actor.sector"].F1, 0.90, 1.0);
        Assert.InRange(result.Scores["place.country"].F1, 0.90, 1.0);
        Assert.InRange(result.Scores["date.value"].F1, 0.96, 1.0);
    }

    private static (int, int, int) Counts(FieldScore score) => (score.TruePositives, score.FalsePositives, score.FalseNegatives);
}
