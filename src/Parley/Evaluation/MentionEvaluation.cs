using Parley.Mentions;

namespace Parley.Evaluation;

/// <summary>The result of scoring mentions against a gold set: one score per field, and the disagreements.</summary>
public sealed class MentionEvaluation
{
    /// <summary>Field names in report order.</summary>
    public static readonly string[] Fields =
        ["actor.span", "actor.code", "actor.sector", "actor.name", "place.span", "place.country", "date.span", "date.value"];

    /// <summary>Scores by field.</summary>
    public IReadOnlyDictionary<string, FieldScore> Scores { get; } = Fields.ToDictionary(f => f, f => new FieldScore(f), StringComparer.Ordinal);

    /// <summary>Sentences scored.</summary>
    public int Sentences { get; internal set; }

    /// <summary>One line per disagreement: sentence id, field, expected and found.</summary>
    public List<string> Disagreements { get; } = [];

    /// <summary>Gold lines that could not be used (a mention text missing from its sentence).</summary>
    public List<string> Problems { get; } = [];

    internal FieldScore this[string field] => Scores[field];

    /// <summary>Maps a mention kind to its field prefix.</summary>
    internal static string Prefix(MentionKind kind) => kind.ToString().ToLowerInvariant();
}
