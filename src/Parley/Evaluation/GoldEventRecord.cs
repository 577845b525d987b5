using System.Text.Json.Serialization;

namespace Parley.Evaluation;

/// <summary>One line of <c>eval/gold/events</c>: a sentence or an article with its hand-coded events.</summary>
public sealed record GoldEventRecord
{
    /// <summary>Unique id.</summary>
    [JsonPropertyName("id")] public required string Id { get; init; }

    /// <summary>Publication date, against which relative dates resolve.</summary>
    [JsonPropertyName("published")] public string? Published { get; init; }

    /// <summary>The text.</summary>
    [JsonPropertyName("text")] public required string Text { get; init; }

    /// <summary>The events; empty for a text that reports none.</summary>
    [JsonPropertyName("events")] public IReadOnlyList<GoldEvent> Events { get; init; } = [];
}
