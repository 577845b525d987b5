namespace Parley.Storage;

/// <summary>A count under a key (a type, a month).</summary>
/// <param name="Key">What is counted.</param>
/// <param name="Count">How many.</param>
public sealed record CountRow(string Key, long Count);
