namespace Parley.Evaluation;

/// <summary>
/// What <see cref="EventScorer"/> measured: precision, recall and F1 per field and per event type,
/// modality accuracy, and the two failures users test first — speculation reported as fact, and facts
/// invented in texts that report none.
/// </summary>
public sealed class EventEvaluation
{
    /// <summary>The fields scored, in report order.</summary>
    public static readonly string[] Fields = ["type", "mode", "actor", "recipient", "location", "date", "attribution", "contexts", "quantities"];

    /// <summary>Scores per field.</summary>
    public IReadOnlyDictionary<string, FieldScore> Scores { get; } = Fields.ToDictionary(f => f, f => new FieldScore(f), StringComparer.Ordinal);

    /// <summary>Event detection scores per PLOVER type (type.AGREE …).</summary>
    public SortedDictionary<string, FieldScore> Types { get; } = new(StringComparer.Ordinal);

    /// <summary>Gold records read.</summary>
    public int Records { get; internal set; }

    /// <summary>Gold events read.</summary>
    public int GoldEvents { get; internal set; }

    /// <summary>Matched pairs whose modality Parley got right, and all matched pairs.</summary>
    public (int Correct, int Total) Modality { get; internal set; }

    /// <summary>Matched pairs whose hedging Parley got right, and all matched pairs.</summary>
    public (int Correct, int Total) Hedged { get; internal set; }

    /// <summary>Gold hypothetical or negated events that Parley output as asserted, and all such gold events.</summary>
    public (int Asserted, int Total) SpeculationAsFact { get; internal set; }

    /// <summary>Gold future events that Parley output as asserted, and all such gold events.</summary>
    public (int Asserted, int Total) FutureAsFact { get; internal set; }

    /// <summary>Gold records without events in which Parley asserted one, and all such records.</summary>
    public (int WithAsserted, int Total) AssertedInEmpty { get; internal set; }

    /// <summary>Gold modality → Parley modality → count, over matched pairs.</summary>
    public SortedDictionary<string, SortedDictionary<string, int>> ModalityConfusion { get; } = new(StringComparer.Ordinal);

    /// <summary>Missed, spurious and wrong events, one line each.</summary>
    public List<string> Disagreements { get; } = [];

    /// <summary>Gold lines that do not fit their text (a trigger not in it).</summary>
    public List<string> Problems { get; } = [];

    /// <summary>Share of matched pairs with the right modality.</summary>
    public double ModalityAccuracy => Modality.Total == 0 ? 0 : (double)Modality.Correct / Modality.Total;

    internal FieldScore TypeScore(string type)
    {
        if (!Types.TryGetValue(type, out var score))
            Types[type] = score = new FieldScore(type);
        return score;
    }

    /// <summary>A part and its whole as a share, 0 when the whole is 0.</summary>
    public static double Share((int Part, int Whole) ratio) => ratio.Whole == 0 ? 0 : (double)ratio.Part / ratio.Whole;
}
