using System.Text.Json.Serialization;

namespace Parley.Evaluation;

/// <summary>A hand-coded event (format in <c>eval/gold/events/README.md</c>).</summary>
public sealed record GoldEvent
{
    /// <summary>PLOVER type under the manual's coding rules.</summary>
    [JsonPropertyName("type")] public required string Type { get; init; }

    /// <summary>PLOVER mode or null.</summary>
    [JsonPropertyName("mode")] public string? Mode { get; init; }

    /// <summary>The words carrying the event.</summary>
    [JsonPropertyName("trigger")] public required string Trigger { get; init; }

    /// <summary>Which occurrence of the trigger text is meant (articles), 1-based.</summary>
    [JsonPropertyName("occurrence")] public int Occurrence { get; init; } = 1;

    /// <summary>Who acts.</summary>
    [JsonPropertyName("actor")] public IReadOnlyList<GoldParticipant> Actor { get; init; } = [];

    /// <summary>Whom it targets.</summary>
    [JsonPropertyName("recipient")] public IReadOnlyList<GoldParticipant> Recipient { get; init; } = [];

    /// <summary>Where.</summary>
    [JsonPropertyName("location")] public GoldPlace? Location { get; init; }

    /// <summary>When.</summary>
    [JsonPropertyName("date")] public GoldDate? Date { get; init; }

    /// <summary>asserted, future, hypothetical, negated or historical.</summary>
    [JsonPropertyName("modality")] public required string Modality { get; init; }

    /// <summary>The words naming the source, or null.</summary>
    [JsonPropertyName("attribution")] public GoldAttribution? Attribution { get; init; }

    /// <summary>Softened by the wording.</summary>
    [JsonPropertyName("hedged")] public bool Hedged { get; init; }

    /// <summary>PLOVER contexts (military, diplomatic, economic …).</summary>
    [JsonPropertyName("contexts")] public IReadOnlyList<string> Contexts { get; init; } = [];

    /// <summary>Amounts the event carries.</summary>
    [JsonPropertyName("quantities")] public IReadOnlyList<GoldQuantity> Quantities { get; init; } = [];
}
