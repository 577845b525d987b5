namespace Parley.Storage;

/// <summary>A stored actor, place or date mention.</summary>
/// <param name="Kind">actor, place or date.</param>
/// <param name="Start">First character.</param>
/// <param name="End">Character after the last.</param>
/// <param name="Text">The words.</param>
/// <param name="Resolved">What it resolves to ("USA GOV Antony Blinken", "Kyiv (UKR)", "2023-02-20").</param>
public sealed record MentionRecord(string Kind, int Start, int End, string Text, string? Resolved);
