using Parley.Actors;
using Parley.Places;

namespace Parley.Mentions;

/// <summary>
/// Picks the place a name most likely means: one in a country the document already names as a place,
/// then the more prominent kind (a country over a capital over a city over a region), then the bigger population.
/// </summary>
internal static class PlaceChooser
{
    public static PlaceEntry? Choose(IEnumerable<NameEntry> entries, EntityLexicon lexicon, RecognitionState state)
    {
        PlaceEntry? best = null;
        (int, int, long) bestScore = default;
        foreach (var entry in entries)
        {
            var place = entry.Place ?? AsPlace(entry.Country, lexicon);
            if (place is null)
                continue;
            var score = (state.PlaceCountryCount(place.Country) > 0 ? 1 : 0, Rank(place.Kind), place.Population);
            if (best is null || score.CompareTo(bestScore) > 0)
            {
                best = place;
                bestScore = score;
            }
        }
        return best;
    }

    /// <summary>A country phrase read as a location: the country itself, or its capital for capitals and seats of power.</summary>
    private static PlaceEntry? AsPlace(CountryPhrase? country, EntityLexicon lexicon) => country?.Kind switch
    {
        CountryPhraseKind.Name => lexicon.Gazetteer.Country(country.Code),
        CountryPhraseKind.Capital or CountryPhraseKind.Metonym => lexicon.CapitalOf(country.Code),
        _ => null,
    };

    private static int Rank(PlaceKind kind) => kind switch
    {
        // A bare name means the city more often than the region named after it ("Kherson", "Donetsk");
        // a region is meant explicitly ("Kherson region"), which the recogniser handles before choosing.
        PlaceKind.Country => 5,
        PlaceKind.Capital => 4,
        PlaceKind.City => 3,
        PlaceKind.Admin1 => 2,
        PlaceKind.Region => 1,
        _ => 0,
    };
}
