namespace Parley.Evaluation;

/// <summary>The result of scoring duplicate detection against gold pairs: overall precision and recall, and each category's share flagged.</summary>
public sealed class DuplicateEvaluation
{
    /// <summary>Duplicate pairs found (TP), non-duplicates flagged (FP), duplicates missed (FN).</summary>
    public FieldScore Overall { get; } = new("duplicate");

    /// <summary>Spun copies told apart from other copies: gold <c>spun</c> pairs linked with one side found spun (TP), others found spun (FP), spun pairs not (FN).</summary>
    public FieldScore Spun { get; } = new("spun");

    /// <summary>Scores by category, duplicate categories first.</summary>
    public IReadOnlyDictionary<string, DuplicateCategoryScore> Categories { get; } =
        GoldDuplicatePair.DuplicateCategories.Select(c => new DuplicateCategoryScore(c, true))
            .Concat(GoldDuplicatePair.DistinctCategories.Select(c => new DuplicateCategoryScore(c, false)))
            .ToDictionary(c => c.Category, StringComparer.Ordinal);

    /// <summary>Every pair's verdict, in gold order.</summary>
    public List<DuplicatePairResult> Pairs { get; } = [];

    /// <summary>One line per disagreement: pair id, category, missed or false positive, and the similarities.</summary>
    public List<string> Disagreements { get; } = [];

    /// <summary>Gold lines that could not be used (an unknown category).</summary>
    public List<string> Problems { get; } = [];
}
