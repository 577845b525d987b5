using System.Text.Json.Serialization;

namespace Parley.Evaluation;

/// <summary>One expected mention of a gold sentence (see <c>eval/gold/mentions/README.md</c>).</summary>
public sealed record GoldMention
{
    /// <summary>actor, place or date.</summary>
    [JsonPropertyName("kind")] public required string Kind { get; init; }

    /// <summary>The mention's exact text in the sentence.</summary>
    [JsonPropertyName("text")] public required string Text { get; init; }

    /// <summary>Which occurrence of <see cref="Text"/> is meant, 1-based; the first when absent.</summary>
    [JsonPropertyName("occurrence")] public int Occurrence { get; init; } = 1;

    /// <summary>Actor code.</summary>
    [JsonPropertyName("code")] public string? Code { get; init; }

    /// <summary>Actor sector.</summary>
    [JsonPropertyName("sector")] public string? Sector { get; init; }

    /// <summary>Person or organisation name.</summary>
    [JsonPropertyName("name")] public string? Name { get; init; }

    /// <summary>Place country.</summary>
    [JsonPropertyName("country")] public string? Country { get; init; }

    /// <summary>Date value (ISO 8601).</summary>
    [JsonPropertyName("value")] public string? Value { get; init; }

    /// <summary>Date precision.</summary>
    [JsonPropertyName("precision")] public string? Precision { get; init; }
}
