namespace Parley.Actors;

/// <summary>One surface form of an organisation or armed group: a line of <c>actors/organisations.tsv</c>.</summary>
/// <param name="Code">Actor code: an organisation code ("NATO") or the group's country ("PSE" for Hamas).</param>
/// <param name="Sector">Sector code.</param>
/// <param name="Name">Canonical name ("Hamas", "North Atlantic Treaty Organization").</param>
/// <param name="Phrase">The surface form.</param>
/// <param name="Line">Where it was defined.</param>
public sealed record OrganisationPhrase(string Code, string Sector, string Name, string Phrase, LexiconSource Line);
