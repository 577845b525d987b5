using System.Text.Json.Serialization;

namespace Parley.Evaluation;

/// <summary>A gold event location.</summary>
public sealed record GoldPlace
{
    /// <summary>The words naming it.</summary>
    [JsonPropertyName("text")] public required string Text { get; init; }

    /// <summary>ISO alpha-3 country.</summary>
    [JsonPropertyName("country")] public string? Country { get; init; }
}
