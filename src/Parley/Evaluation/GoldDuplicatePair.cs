using System.Text.Json.Serialization;

namespace Parley.Evaluation;

/// <summary>
/// One line of a gold duplicate file: two articles and how they relate. The categories
/// <c>syndicated</c>, <c>rewritten</c> and <c>spun</c> are duplicates; <c>same-topic</c> and
/// <c>unrelated</c> are not (format in <c>eval/gold/duplicates/README.md</c>).
/// </summary>
public sealed record GoldDuplicatePair
{
    /// <summary>The categories whose pairs are duplicates, in report order.</summary>
    public static readonly string[] DuplicateCategories = ["syndicated", "rewritten", "spun"];

    /// <summary>The categories whose pairs are not duplicates, in report order.</summary>
    public static readonly string[] DistinctCategories = ["same-topic", "unrelated"];

    /// <summary>Identifier, unique within the gold set.</summary>
    [JsonPropertyName("id")] public required string Id { get; init; }

    /// <summary>How <see cref="B"/> relates to <see cref="A"/>.</summary>
    [JsonPropertyName("category")] public required string Category { get; init; }

    /// <summary>What was changed between the two, for a reader.</summary>
    [JsonPropertyName("note")] public string? Note { get; init; }

    /// <summary>The earlier (or original) article.</summary>
    [JsonPropertyName("a")] public required GoldDuplicateDocument A { get; init; }

    /// <summary>The other article.</summary>
    [JsonPropertyName("b")] public required GoldDuplicateDocument B { get; init; }

    /// <summary>Whether the category makes the pair a duplicate; null for an unknown category.</summary>
    public bool? IsDuplicate =>
        Array.IndexOf(DuplicateCategories, Category) >= 0 ? true : Array.IndexOf(DistinctCategories, Category) >= 0 ? false : null;
}
