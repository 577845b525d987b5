using System.Text.Json.Serialization;

namespace Parley.Evaluation;

/// <summary>An amount a gold event carries: money, a count of weapons, a toll.</summary>
public sealed record GoldQuantity
{
    /// <summary>The words giving the amount ("$1.5 billion", "12 civilians").</summary>
    [JsonPropertyName("text")] public required string Text { get; init; }

    /// <summary>The amount, scaled ("$1.5 billion" → 1500000000).</summary>
    [JsonPropertyName("value")] public required decimal Value { get; init; }

    /// <summary>What is counted: a currency code, "killed", "troops", "Patriot batteries".</summary>
    [JsonPropertyName("unit")] public required string Unit { get; init; }
}
