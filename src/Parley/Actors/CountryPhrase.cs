namespace Parley.Actors;

/// <summary>One phrase that names a country: a line of <c>actors/countries.tsv</c>.</summary>
/// <param name="Code">ISO 3166-1 alpha-3 code.</param>
/// <param name="Kind">How the phrase refers to the country.</param>
/// <param name="Phrase">The surface form, without a leading "the".</param>
/// <param name="Sector">The sector the phrase implies (metonyms, capitals, people), or null.</param>
/// <param name="Line">Where it was defined, for messages.</param>
public sealed record CountryPhrase(string Code, CountryPhraseKind Kind, string Phrase, string? Sector, LexiconSource Line)
{
    /// <summary>The name an actor this phrase makes is given: an institution's own ("Knesset"); null for the rest, which name the state.</summary>
    public string? ActorName => Kind == CountryPhraseKind.Institution ? Phrase : null;
}
