namespace Parley.Events;

/// <summary>One word of <c>events/quantity-units.tsv</c>.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Unit">The unit it gives (a currency code, a noun, "killed").</param>
/// <param name="Value">Its value, for scales and numbers; for a duration, how many of its unit it is.</param>
public sealed record QuantityWord(QuantityWordKind Kind, string Unit, decimal Value);
