using Parley.Actors;
using Parley.Places;

namespace Parley.Mentions;

/// <summary>One meaning of a proper name: exactly one of the payloads is set, matching <see cref="Kind"/>.</summary>
public sealed record NameEntry(NameKind Kind)
{
    /// <summary>The country phrase, for <see cref="NameKind.Country"/>.</summary>
    public CountryPhrase? Country { get; init; }

    /// <summary>The organisation phrase, for <see cref="NameKind.Organisation"/>.</summary>
    public OrganisationPhrase? Organisation { get; init; }

    /// <summary>The person, for <see cref="NameKind.Person"/>.</summary>
    public PersonEntry? Person { get; init; }

    /// <summary>The place, for <see cref="NameKind.Place"/>.</summary>
    public PlaceEntry? Place { get; init; }

    /// <summary>The country code this meaning belongs to; null for a sea or strait, which is no one's.</summary>
    public string? CountryCode => Country?.Code ?? Organisation?.Code ?? (Place?.Country is { } country && country != Gazetteer.NoCountry ? country : null) ?? Person?.Terms[0].Code;
}
