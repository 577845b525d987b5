using Parley.Actors;
using Parley.Places;

namespace Parley.Mentions;

/// <summary>
/// Picks the place a name most likely means: one in a country the document already names as a place (or
/// that a place named later in the sentence, and meaning only one, lies in: "Voters in Georgia lined up in
/// Atlanta"), then the more prominent kind (a country over a capital over a city over a region), then the
/// bigger population.
/// </summary>
internal static class PlaceChooser
{
    /// <param name="entries">The name's meanings.</param>
    /// <param name="lexicon">The lexicon.</param>
    /// <param name="state">What the document has named so far.</param>
    /// <param name="chunks">The sentence's chunks, to look at the places named after the name; null to look only back.</param>
    /// <param name="after">The index of the name's chunk in <paramref name="chunks"/>.</param>
    public static PlaceEntry? Choose(IEnumerable<NameEntry> entries, EntityLexicon lexicon, RecognitionState state, List<Chunk>? chunks = null, int after = 0)
    {
        PlaceEntry? best = null;
        (int, int, long) bestScore = default;
        foreach (var entry in entries)
        {
            if (entry.Place is null && entry.Country?.Kind == CountryPhraseKind.Capital && HoldsPlaceIn(entries, entry.Country.Code))
                continue;
            var place = entry.Place ?? AsPlace(entry.Country, lexicon);
            if (place is null)
                continue;
            var named = state.PlaceCountryCount(place.Country) > 0 || (chunks is not null && NamedLater(chunks, after, place.Country));
            var score = (named ? 1 : 0, Rank(place.Kind), place.Population);
            if (best is null || score.CompareTo(bestScore) > 0)
            {
                best = place;
                bestScore = score;
            }
        }
        return best;
    }

    /// <summary>
    /// Whether the name is also a gazetteer place of the country whose capital (or seat of government) it names:
    /// then it means that place, not the gazetteer's capital — "Kuala Lumpur" is not Putrajaya, "Port Sudan" not
    /// Khartoum, "Aden" not Sanaa, "Amsterdam" not The Hague.
    /// </summary>
    private static bool HoldsPlaceIn(IEnumerable<NameEntry> entries, string country)
    {
        foreach (var entry in entries)
            if (entry.Place is { } place && place.Country == country && place.Kind != PlaceKind.Country)
                return true;
        return false;
    }

    /// <summary>Whether a name after chunk <paramref name="after"/> means only places, all in <paramref name="country"/>.</summary>
    private static bool NamedLater(List<Chunk> chunks, int after, string country)
    {
        for (var k = after + 1; k < chunks.Count; k++)
        {
            if (chunks[k].Kind != ChunkKind.Name || chunks[k].Names is not { Count: > 0 } names)
                continue;
            var all = true;
            for (var i = 0; i < names.Count && all; i++)
                all = names[i].Place is { } place && place.Country == country && place.Kind != PlaceKind.Country;
            if (all)
                return true;
        }
        return false;
    }

    /// <summary>A country phrase read as a location: the country itself, or its capital for capitals and seats of power.</summary>
    private static PlaceEntry? AsPlace(CountryPhrase? country, EntityLexicon lexicon) => country?.Kind switch
    {
        CountryPhraseKind.Name or CountryPhraseKind.ShortForm => lexicon.Gazetteer.Country(country.Code),
        CountryPhraseKind.Capital or CountryPhraseKind.Metonym or CountryPhraseKind.Institution => lexicon.CapitalOf(country.Code),
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
