using Parley.Actors;
using Parley.Mentions;
using Parley.Places;

namespace Parley.Lexicons;

/// <summary>
/// Checks the lexicons as a whole: every code used is a known country or organisation, sectors are
/// known, no line is repeated, a phrase does not name two countries, and no two people hold one
/// single-seat office at the same time.
/// </summary>
public static class LexiconValidator
{

    // Overlaps shorter than this (plus the slack of bounds given only as a month or year) are
    // hand-overs: an acting minister, a swearing-in a few days late.
    private const int ToleratedOverlapDays = 31;

    /// <summary>Loads and checks the lexicons from <paramref name="files"/>; format errors are reported, not thrown.</summary>
    public static IReadOnlyList<LexiconProblem> Validate(LexiconFiles files)
    {
        EntityLexicon lexicon;
        try
        {
            lexicon = EntityLexicon.Load(files);
            Events.EventLexicon.Load(files);
            Parley.Duplicates.SynonymLexicon.Load(files);
            Commitments.UsdRates.Load(files);
            Commitments.CommitmentCues.Load(files);
        }
        catch (LexiconFormatException e)
        {
            return [new LexiconProblem($"{e.File}:{e.Line}", e.Message[(e.Message.IndexOf(": ", StringComparison.Ordinal) + 2)..], IsError: true)];
        }
        var problems = new List<LexiconProblem>();
        var countries = lexicon.Actors.Countries.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        var organisations = lexicon.Actors.Organisations.Where(o => !countries.Contains(o.Code)).Select(o => o.Code).ToHashSet(StringComparer.Ordinal);

        CheckCountries(lexicon.Actors.Countries, problems);
        foreach (var o in lexicon.Actors.Organisations)
        {
            CheckSector(o.Sector, o.Line, problems);
            if (o.Code.Length == 3 && o.Code.All(char.IsUpper) && !countries.Contains(o.Code) && o.Sector is not ("IGO" or "JUD" or "NGO"))
                problems.Add(new LexiconProblem(o.Line.ToString(), $"'{o.Code}' looks like a country code but names no country in actors/countries.tsv.", true));
        }
        Duplicates(lexicon.Actors.Organisations.Select(o => (Key: $"{o.Code}\t{o.Sector}\t{o.Name}\t{o.Phrase}", o.Line)), problems);
        foreach (var role in lexicon.Actors.Roles.Where(r => !r.IsNone))
            CheckSector(role.Sector, role.Line, problems);
        Duplicates(lexicon.Actors.Roles.Select(r => (Key: r.Phrase, r.Line)), problems);
        CheckTerms(lexicon.Actors.OfficeTerms, countries, organisations, problems);
        CheckPlaces(lexicon.Gazetteer.Places, countries, problems);
        return problems;
    }

    private static void CheckCountries(IReadOnlyList<CountryPhrase> phrases, List<LexiconProblem> problems)
    {
        foreach (var phrase in phrases)
        {
            if (phrase.Code.Length != 3 || !phrase.Code.All(char.IsAsciiLetterUpper))
                problems.Add(new LexiconProblem(phrase.Line.ToString(), $"'{phrase.Code}' is not an ISO 3166-1 alpha-3 code.", true));
            if (phrase.Sector is { } sector)
                CheckSector(sector, phrase.Line, problems);
        }
        Duplicates(phrases.Select(p => (Key: $"{p.Code}\t{p.Kind}\t{p.Phrase}", p.Line)), problems);
        foreach (var group in phrases.GroupBy(p => p.Phrase, StringComparer.Ordinal).Where(g => g.Select(p => p.Code).Distinct().Count() > 1))
            problems.Add(new LexiconProblem(group.First().Line.ToString(),
                $"'{group.Key}' names several countries ({string.Join(", ", group.Select(p => p.Code).Distinct())}); keep it for one.", true));
    }

    private static void CheckTerms(IReadOnlyList<OfficeTerm> terms, HashSet<string> countries, HashSet<string> organisations, List<LexiconProblem> problems)
    {
        foreach (var term in terms)
        {
            if (!countries.Contains(term.Code) && !organisations.Contains(term.Code))
                problems.Add(new LexiconProblem(term.Line.ToString(), $"unknown code '{term.Code}': not in actors/countries.tsv nor actors/organisations.tsv.", true));
            CheckSector(term.Sector, term.Line, problems);
        }
        Duplicates(terms.Select(t => (Key: $"{t.Code}\t{t.Office}\t{t.Name}\t{t.From}", t.Line)), problems);
        foreach (var seat in terms.Where(t => IsSingleSeat(t.Office)).GroupBy(t => (t.Code, t.Office)))
        {
            var ordered = seat.OrderBy(t => t.From).ToArray();
            for (var i = 1; i < ordered.Length; i++)
            {
                var previous = ordered[i - 1];
                var current = ordered[i];
                var previousEnd = previous.To ?? DateOnly.MaxValue;
                if (previous.Name != current.Name && previousEnd.DayNumber - current.From.DayNumber > ToleratedOverlapDays + previous.Slack + current.Slack)
                    problems.Add(new LexiconProblem(current.Line.ToString(),
                        $"{current.Name} starts as {current.Code} {current.Office} on {current.From:yyyy-MM-dd} while {previous.Name} ({previous.Line}) holds it until {(previous.To is { } end ? end.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "today")}.", true));
            }
        }
    }

    private static bool IsSingleSeat(string office) =>
        !(office.Contains("envoy", StringComparison.Ordinal) || office.Contains("deputy", StringComparison.Ordinal) || office.Contains("aide", StringComparison.Ordinal)
          || office.Contains("adviser", StringComparison.Ordinal) || office.Contains("representative", StringComparison.Ordinal));

    private static void CheckPlaces(IReadOnlyList<PlaceEntry> places, HashSet<string> countries, List<LexiconProblem> problems)
    {
        foreach (var place in places)
        {
            if (!countries.Contains(place.Country) && place.Country != Gazetteer.NoCountry)
                problems.Add(new LexiconProblem(place.Line.ToString(), $"unknown country '{place.Country}' for {place.Name}.", true));
        }
        Duplicates(places.Select(p => (Key: $"{p.Name}\t{p.Kind}\t{p.Country}\t{p.Admin1}", p.Line)), problems);
        SamePlaceTwice(places, problems);
    }

    // Two settlements of one name and country closer than this (in degrees) are one place listed twice.
    private const double SamePlaceDegrees = 0.25;

    /// <summary>
    /// The same town listed twice (say as a city in one file and a locality in another): the rows would
    /// drift apart as one is corrected. Same-named towns far apart (the two Taizhous) are distinct places.
    /// </summary>
    private static void SamePlaceTwice(IReadOnlyList<PlaceEntry> places, List<LexiconProblem> problems)
    {
        var seen = new Dictionary<(string Name, string Country), List<PlaceEntry>>();
        foreach (var place in places)
        {
            if (place.Kind is not (PlaceKind.Capital or PlaceKind.City or PlaceKind.Locality))
                continue;
            if (!seen.TryGetValue((place.Name, place.Country), out var earlier))
                seen[(place.Name, place.Country)] = earlier = [];
            if (earlier.Find(e => Math.Abs(e.Latitude - place.Latitude) < SamePlaceDegrees && Math.Abs(e.Longitude - place.Longitude) < SamePlaceDegrees) is { } twin)
                problems.Add(new LexiconProblem(place.Line.ToString(), $"{place.Name} is already listed at {twin.Line}; give each place one row.", false));
            earlier.Add(place);
        }
    }

    private static void CheckSector(string sector, LexiconSource line, List<LexiconProblem> problems)
    {
        if (!Sectors.IsKnown(sector))
            problems.Add(new LexiconProblem(line.ToString(), $"unknown sector '{sector}' (known: {string.Join(", ", Sectors.Known.Keys)}).", true));
    }

    private static void Duplicates(IEnumerable<(string Key, LexiconSource Line)> entries, List<LexiconProblem> problems)
    {
        var seen = new Dictionary<string, LexiconSource>(StringComparer.Ordinal);
        foreach (var (key, line) in entries)
        {
            if (!seen.TryAdd(key, line))
                problems.Add(new LexiconProblem(line.ToString(), $"repeats {seen[key]}.", false));
        }
    }
}
