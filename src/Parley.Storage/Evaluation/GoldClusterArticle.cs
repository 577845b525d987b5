using System.Text.Json.Serialization;

namespace Parley.Storage.Evaluation;

/// <summary>One article of the clustering gold (eval/gold/clusters): its metadata, text, and the happenings it reports.</summary>
public sealed record GoldClusterArticle
{
    /// <summary>Its id in the gold.</summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    /// <summary>Publication day, YYYY-MM-DD.</summary>
    [JsonPropertyName("published")]
    public required string Published { get; init; }

    /// <summary>The outlet.</summary>
    [JsonPropertyName("source")]
    public required string Source { get; init; }

    /// <summary>Its address (distinct per article).</summary>
    [JsonPropertyName("url")]
    public required string Url { get; init; }

    /// <summary>Its headline.</summary>
    [JsonPropertyName("title")]
    public string? Title { get; init; }

    /// <summary>Its text.</summary>
    [JsonPropertyName("text")]
    public required string Text { get; init; }

    /// <summary>The happenings it reports.</summary>
    [JsonPropertyName("events")]
    public IReadOnlyList<GoldClusterEvent> Events { get; init; } = [];
}
