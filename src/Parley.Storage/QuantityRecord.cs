namespace Parley.Storage;

/// <summary>A stored amount of an event.</summary>
/// <param name="Text">Its words.</param>
/// <param name="Value">The number.</param>
/// <param name="Unit">Currency code, "killed", or the counted noun.</param>
public sealed record QuantityRecord(string Text, decimal Value, string Unit);
