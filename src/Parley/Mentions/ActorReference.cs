namespace Parley.Mentions;

/// <summary>The actor a mention resolves to.</summary>
/// <param name="Code">ISO alpha-3 country code, or an organisation code ("NATO", "EU").</param>
/// <param name="Sector">Sector code (GOV, MIL, …).</param>
/// <param name="Name">The person's or organisation's name, when the mention names one.</param>
/// <param name="Role">The role or office ("president", "envoy", "troops"), when given.</param>
public sealed record ActorReference(string Code, string Sector, string? Name, string? Role);
