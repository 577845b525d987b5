namespace Parley.Events;

/// <summary>An amount an event is about: money, weapons, troops, casualties.</summary>
/// <param name="Start">First character of its words.</param>
/// <param name="End">Character after them.</param>
/// <param name="Value">The number, scales applied ("$1.5bn" → 1,500,000,000).</param>
/// <param name="Unit">A currency code, "killed", "wounded", or the counted noun.</param>
public sealed record Quantity(int Start, int End, decimal Value, string Unit);
