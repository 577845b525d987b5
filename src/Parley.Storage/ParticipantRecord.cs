namespace Parley.Storage;

/// <summary>A stored actor or recipient.</summary>
/// <param name="Code">Country or organisation code.</param>
/// <param name="Sector">Sector code (GOV, MIL…).</param>
/// <param name="Name">Person or organisation name, when known.</param>
/// <param name="Text">The words that name it in the article.</param>
public sealed record ParticipantRecord(string Code, string Sector, string? Name, string Text);
