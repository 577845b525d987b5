using System.Text.Json.Serialization;

namespace Parley.Evaluation;

/// <summary>One line of a gold mention file: text, publication date and the mentions it should yield.</summary>
public sealed record GoldSentence
{
    /// <summary>Identifier, unique within the gold set.</summary>
    [JsonPropertyName("id")] public required string Id { get; init; }

    /// <summary>Publication date (YYYY-MM-DD) that relative dates resolve against.</summary>
    [JsonPropertyName("published")] public string? Published { get; init; }

    /// <summary>The text.</summary>
    [JsonPropertyName("text")] public required string Text { get; init; }

    /// <summary>Expected mentions.</summary>
    [JsonPropertyName("mentions")] public IReadOnlyList<GoldMention> Mentions { get; init; } = [];
}
