namespace Parley.Evaluation;

/// <summary>True positives, false positives and false negatives of one field, and the measures derived from them.</summary>
public sealed class FieldScore(string field)
{
    /// <summary>The field scored ("actor.code").</summary>
    public string Field { get; } = field;

    /// <summary>Correct predictions.</summary>
    public int TruePositives { get; private set; }

    /// <summary>Predictions that are wrong or not in the gold data.</summary>
    public int FalsePositives { get; private set; }

    /// <summary>Gold values not predicted correctly.</summary>
    public int FalseNegatives { get; private set; }

    /// <summary>TP / (TP + FP); 0 when nothing was predicted.</summary>
    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    /// <summary>TP / (TP + FN); 0 when the gold data has none.</summary>
    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Adds the counts of one sentence: <paramref name="predicted"/> values offered, <paramref name="gold"/> values expected, <paramref name="correct"/> agreeing.</summary>
    public void Add(int predicted, int gold, int correct)
    {
        TruePositives += correct;
        FalsePositives += predicted - correct;
        FalseNegatives += gold - correct;
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
