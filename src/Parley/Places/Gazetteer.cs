using System.Collections.Frozen;
using System.Globalization;
using Parley.Lexicons;

namespace Parley.Places;

/// <summary>The places Parley knows, with country, region and coordinates: every file in <c>lexicons/places/</c>.</summary>
public sealed class Gazetteer
{
    /// <summary>The code gazetteer files give to places of no country: seas, straits, disputed reefs.</summary>
    public const string NoCountry = "XSE";

    /// <summary>The folder of gazetteer files, below <c>lexicons/</c>; each of its <c>.tsv</c> files is read.</summary>
    public const string Folder = "places";

    /// <summary>The names of towns that are also ordinary words ("Surprise", "Reading"), below <c>lexicons/</c>.</summary>
    public const string CommonWordsFile = Folder + "/common-words.txt";

    /// <summary>The states on the shore of each place of no country, below <c>lexicons/</c>.</summary>
    public const string ShoresFile = Folder + "/shores.txt";

    private readonly Dictionary<string, PlaceEntry> capitals;
    private readonly Dictionary<string, PlaceEntry> countries;
    private readonly Dictionary<string, List<PlaceEntry>> byName;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> commonWords;
    private readonly FrozenDictionary<string, string[]> shores;

    private Gazetteer(IReadOnlyList<PlaceEntry> places, FrozenSet<string> commonWords, FrozenDictionary<string, string[]> shores)
    {
        Places = places;
        this.commonWords = commonWords.GetAlternateLookup<ReadOnlySpan<char>>();
        this.shores = shores;
        capitals = new Dictionary<string, PlaceEntry>(StringComparer.Ordinal);
        countries = new Dictionary<string, PlaceEntry>(StringComparer.Ordinal);
        byName = new Dictionary<string, List<PlaceEntry>>(StringComparer.OrdinalIgnoreCase);
        foreach (var place in places)
        {
            Index(place.Name, place);
            foreach (var alias in place.Aliases)
                Index(alias, place);
            if (place.Kind == PlaceKind.Capital)
                capitals.TryAdd(place.Country, place);
            else if (place.Kind == PlaceKind.Country)
                countries.TryAdd(place.Country, place);
        }
    }

    private void Index(string name, PlaceEntry place)
    {
        if (!byName.TryGetValue(name, out var named))
            byName[name] = named = [];
        named.Add(place);
    }

    /// <summary>Every place.</summary>
    public IReadOnlyList<PlaceEntry> Places { get; }

    /// <summary>The capital of a country, if known.</summary>
    public PlaceEntry? CapitalOf(string country) => capitals.GetValueOrDefault(country);

    /// <summary>The country itself as a place (centroid), if known.</summary>
    public PlaceEntry? Country(string country) => countries.GetValueOrDefault(country);

    /// <summary>The places of a name or alias, ignoring case ("GAZA CITY" in a dateline).</summary>
    public IReadOnlyList<PlaceEntry> Named(string name) => byName.TryGetValue(name, out var named) ? named : [];

    /// <summary>
    /// Whether a town's name is also an ordinary word ("Surprise", "Mobile", "Split"), so that a capital alone, as a
    /// Title Case headline or a sentence's first word gives it, does not make it a place.
    /// </summary>
    public bool IsCommonWord(ReadOnlySpan<char> name) => commonWords.Contains(name);

    /// <summary>
    /// The states on the shore of a sea, strait or disputed feature (by its gazetteer name), or that claim it; none for
    /// a place of a country.
    /// </summary>
    public IReadOnlyList<string> ShoresOf(string name) => shores.TryGetValue(name, out var states) ? states : [];

    /// <summary>Loads the gazetteer.</summary>
    public static Gazetteer Load(LexiconFiles files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var places = new List<PlaceEntry>();
        foreach (var file in files.List(Folder).Where(f => f.EndsWith(".tsv", StringComparison.Ordinal)))
            places.AddRange(files.Read(file, 8).Select(Parse));
        var shores = files.Read(ShoresFile, 2).ToFrozenDictionary(l => l.Fields[0], l => l.Fields[1].Split('|', StringSplitOptions.TrimEntries), StringComparer.Ordinal);
        return new Gazetteer(places, files.Read(CommonWordsFile, 1).Select(l => l.Fields[0]).ToFrozenSet(StringComparer.Ordinal), shores);
    }

    private static PlaceEntry Parse(SourcedLine line)
    {
        var f = line.Fields;
        var kind = f[1] switch
        {
            "country" => PlaceKind.Country,
            "admin1" => PlaceKind.Admin1,
            "region" => PlaceKind.Region,
            "capital" => PlaceKind.Capital,
            "city" => PlaceKind.City,
            "locality" => PlaceKind.Locality,
            var other => throw line.Error($"unknown kind '{other}' (use country, admin1, region, capital, city or locality)."),
        };
        if (!double.TryParse(f[4], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat) || lat is < -90 or > 90)
            throw line.Error($"latitude '{f[4]}' is not a number from -90 to 90.");
        if (!double.TryParse(f[5], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon) || lon is < -180 or > 180)
            throw line.Error($"longitude '{f[5]}' is not a number from -180 to 180.");
        long population = 0;
        if (f[6] != "-" && !long.TryParse(f[6], NumberStyles.None, CultureInfo.InvariantCulture, out population))
            throw line.Error($"population '{f[6]}' is not a whole number or -.");
        var aliases = f[7] == "-" ? [] : f[7].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new PlaceEntry(f[0], kind, f[2], f[3] == "-" ? null : f[3], lat, lon, population, aliases, line.Source);
    }
}
