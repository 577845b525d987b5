using System.Text.Json.Serialization;

namespace Parley.Storage.Evaluation;

/// <summary>A happening an article of the clustering gold reports: its PLOVER type, actor codes, and the label of the happening.</summary>
/// <param name="Cluster">The happening's label: reports with one label tell one happening.</param>
/// <param name="Type">PLOVER type.</param>
/// <param name="Actor">Actor codes (one is enough to find the event).</param>
public sealed record GoldClusterEvent(
    [property: JsonPropertyName("cluster")] string Cluster,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("actor")] IReadOnlyList<string> Actor);
