using System.Text.Json.Serialization;

namespace Parley.Evaluation;

/// <summary>One side of a gold duplicate pair: an article as an outlet published it.</summary>
public sealed record GoldDuplicateDocument
{
    /// <summary>Identifier, unique within the pair.</summary>
    [JsonPropertyName("id")] public required string Id { get; init; }

    /// <summary>Publication date (YYYY-MM-DD), if known.</summary>
    [JsonPropertyName("published")] public string? Published { get; init; }

    /// <summary>Headline.</summary>
    [JsonPropertyName("title")] public string? Title { get; init; }

    /// <summary>Body text.</summary>
    [JsonPropertyName("text")] public required string Text { get; init; }

    /// <summary>Headline and body as the detector compares them.</summary>
    public string ComparedText => string.IsNullOrEmpty(Title) ? Text : Title + "\n\n" + Text;
}
