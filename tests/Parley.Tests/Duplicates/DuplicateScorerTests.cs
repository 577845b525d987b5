using Parley.Duplicates;
using Parley.Evaluation;
using Parley.Tests.Support;

namespace Parley.Tests.Duplicates;

public sealed class DuplicateScorerTests
{
    private static List<GoldDuplicatePair> Gold() =>
        GoldReader.Read<GoldDuplicatePair>([Path.Combine(Repository.Root, "eval", "gold", "duplicates")]).Select(g => g.Record!).ToList();

    private static GoldDuplicateDocument Doc(string id, string text) => new() { Id = id, Published = "2024-01-01", Text = text };

    [Fact]
    public void Score_CountsFoundMissedAndFalsePositivePairsByCategory()
    {
        const string Text = "Russia and Ukraine exchanged hundreds of prisoners of war on Wednesday in the largest swap since the invasion began.";
        var gold = new[]
        {
            new GoldDuplicatePair { Id = "found", Category = "syndicated", A = Doc("a", Text), B = Doc("b", Text) },
            new GoldDuplicatePair { Id = "missed", Category = "rewritten", A = Doc("a", Text), B = Doc("b", "Talks on a prisoner swap continued in Abu Dhabi.") },
            new GoldDuplicatePair { Id = "false-positive", Category = "same-topic", A = Doc("a", Text), B = Doc("b", Text + " Officials said.") },
            new GoldDuplicatePair { Id = "right", Category = "unrelated", A = Doc("a", Text), B = Doc("b", "North Korea fired a missile into the sea.") },
            new GoldDuplicatePair { Id = "bad", Category = "copied", A = Doc("a", Text), B = Doc("b", Text) },
        };
        var result = DuplicateScorer.CreateDefault().Score(gold);
        Assert.Equal((1, 1, 1), (result.Overall.TruePositives, result.Overall.FalsePositives, result.Overall.FalseNegatives));
        Assert.Equal((1, 1), (result.Categories["syndicated"].Pairs, result.Categories["syndicated"].Flagged));
        Assert.Equal((1, 0), (result.Categories["rewritten"].Pairs, result.Categories["rewritten"].Flagged));
        Assert.Equal((1, 1), (result.Categories["same-topic"].Pairs, result.Categories["same-topic"].Flagged));
        Assert.Equal((1, 0), (result.Categories["unrelated"].Pairs, result.Categories["unrelated"].Flagged));
        Assert.Single(result.Problems);
        Assert.Equal(2, result.Disagreements.Count);
    }

    [Fact]
    public void GoldSet_StaysAboveThePrecisionAndRecallFloors()
    {
        // A regression guard on eval/gold/duplicates; `parley eval duplicates` reports the figures
        // (measured precision 0.978, recall 1.000 on 75 pairs: one same-topic pair of short briefs sharing a
        // wire background paragraph is flagged, see hard-cases.jsonl). Floors sit a little under them: one
        // more false positive, or two missed pairs, fail the test.
        var gold = Gold();
        Assert.True(gold.Count >= 60);
        var result = DuplicateScorer.CreateDefault().Score(gold);
        Assert.Empty(result.Problems);
        Assert.InRange(result.Overall.Precision, 0.97, 1.0);
        Assert.InRange(result.Overall.Recall, 0.96, 1.0);
        foreach (var category in GoldDuplicatePair.DuplicateCategories)
            Assert.InRange(result.Categories[category].Rate, 0.92, 1.0);
        Assert.InRange(result.Categories["same-topic"].Flagged, 0, 1);
        Assert.Equal(0, result.Categories["unrelated"].Flagged);
        // Spun copies told from syndicated ones and rewrites (measured 15 of 15, none wrongly): one miss fails.
        Assert.InRange(result.Spun.Precision, 0.95, 1.0);
        Assert.InRange(result.Spun.Recall, 0.95, 1.0);
    }

    [Fact]
    public void GoldSet_SpunCopiesAreCloserWithTheSynonymLexiconThanWithout()
    {
        var spun = Gold().Where(p => p.Category == "spun").ToList();
        var options = DuplicateOptions.Default;
        double Median(SynonymLexicon synonyms)
        {
            var result = new DuplicateScorer(options, new MinHasher(options, new TextShingler(synonyms, options.ShingleSize))).Score(spun);
            var values = result.Pairs.Select(p => p.Jaccard).Order().ToArray();
            return values[values.Length / 2];
        }
        Assert.True(Median(SynonymLexicon.Shipped) > Median(SynonymLexicon.Empty) + 0.15);
    }
}
