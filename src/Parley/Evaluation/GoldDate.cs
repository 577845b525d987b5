using System.Text.Json.Serialization;

namespace Parley.Evaluation;

/// <summary>A gold event date.</summary>
public sealed record GoldDate
{
    /// <summary>The words naming it.</summary>
    [JsonPropertyName("text")] public required string Text { get; init; }

    /// <summary>The value at its precision (2025-02-19, 2025-W08, 2025-02, 2025).</summary>
    [JsonPropertyName("value")] public required string Value { get; init; }
}
