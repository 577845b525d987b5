using System.Text.Json.Serialization;

namespace Parley.Evaluation;

/// <summary>The words of a gold event naming its source.</summary>
public sealed record GoldAttribution
{
    /// <summary>"officials said", "according to state media".</summary>
    [JsonPropertyName("text")] public required string Text { get; init; }
}
