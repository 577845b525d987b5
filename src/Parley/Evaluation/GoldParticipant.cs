using System.Text.Json.Serialization;

namespace Parley.Evaluation;

/// <summary>A gold actor or recipient.</summary>
public sealed record GoldParticipant
{
    /// <summary>The words naming it.</summary>
    [JsonPropertyName("text")] public required string Text { get; init; }

    /// <summary>Country or organisation code.</summary>
    [JsonPropertyName("code")] public required string Code { get; init; }

    /// <summary>Sector.</summary>
    [JsonPropertyName("sector")] public string? Sector { get; init; }
}
