using Parley.Places;

namespace Parley.Mentions;

/// <summary>The place a mention resolves to.</summary>
/// <param name="Name">The gazetteer's name of the place.</param>
/// <param name="Kind">Sort of place.</param>
/// <param name="Country">ISO alpha-3 country code; null for seas, straits and disputed features that belong to no country.</param>
/// <param name="Admin1">First-level region, when known.</param>
/// <param name="Latitude">Decimal degrees.</param>
/// <param name="Longitude">Decimal degrees.</param>
public sealed record PlaceReference(string Name, PlaceKind Kind, string? Country, string? Admin1, double Latitude, double Longitude)
{
    /// <summary>The reference for a gazetteer entry.</summary>
    public static PlaceReference From(PlaceEntry place) =>
        new(place.Name, place.Kind, place.Country == Gazetteer.NoCountry ? null : place.Country, place.Admin1, place.Latitude, place.Longitude);
}
