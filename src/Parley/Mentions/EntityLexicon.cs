using System.Collections.Frozen;
using Parley.Actors;
using Parley.Lexicons;
using Parley.Matching;
using Parley.Places;

namespace Parley.Mentions;

/// <summary>
/// The compiled form of the actor lexicon and gazetteer used by recognition: one trie of proper names
/// (matched exactly) and one of role nouns (matched ignoring case), built once at start-up.
/// </summary>
public sealed class EntityLexicon
{
    private static readonly Lazy<EntityLexicon> ShippedLexicon = new(() => Load(LexiconFiles.Shipped));
    private readonly Dictionary<string, PlaceEntry> capitals = new(StringComparer.Ordinal);
    private readonly ILookup<(string Code, string Office), OfficeTerm> terms;
    private readonly Dictionary<string, string> officeCountries;
    private readonly Dictionary<(string Code, string Phrase), string[]> namesakes;

    // Terms of an office, all of one country, that make the office that country's own.
    private const int OwnOfficeTerms = 3;

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> reportVerbs;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> goBetweenVerbs;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> basingVerbs;
    private readonly FrozenSet<string> homeStrikingKinds;

    private EntityLexicon(ActorLexicon actors, Gazetteer gazetteer, LocationCues cues, FrozenSet<string> reportVerbs, FrozenSet<string> goBetweenVerbs,
        FrozenSet<string> basingVerbs, FrozenSet<string> homeStrikingKinds)
    {
        this.homeStrikingKinds = homeStrikingKinds;
        this.basingVerbs = basingVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
        this.reportVerbs = reportVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
        this.goBetweenVerbs = goBetweenVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
        Actors = actors;
        Gazetteer = gazetteer;
        Cues = cues;
        Names = new PhraseMatcher<NameEntry>(ignoreCase: false);
        Roles = new PhraseMatcher<RolePhrase>(ignoreCase: true);
        foreach (var country in actors.Countries)
            AddWithTitleCase(country.Phrase, new NameEntry(NameKind.Country) { Country = country });
        foreach (var organisation in actors.Organisations)
            AddWithTitleCase(organisation.Phrase, new NameEntry(NameKind.Organisation) { Organisation = organisation });
        // Loops rather than LINQ chains here: these run over ~10,000 names at every start-up.
        var forms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var person in actors.OfficeTerms.GroupBy(t => t.Name, StringComparer.Ordinal))
        {
            var entry = new NameEntry(NameKind.Person) { Person = new PersonEntry(person.Key, person.ToArray()) };
            forms.Clear();
            AddPersonForm(person.Key, entry, forms);
            foreach (var term in person)
            {
                foreach (var alias in term.Aliases)
                    AddPersonForm(alias, entry, forms);
            }
        }
        // A region's name without its suffix is only a fallback: "Gaza" already names the Gaza Strip and
        // "Kherson" the city, so the governorate and the oblast do not take those names.
        var explicitNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var place in gazetteer.Places)
        {
            explicitNames.Add(place.Name);
            explicitNames.UnionWith(place.Aliases);
        }
        foreach (var place in gazetteer.Places)
        {
            var entry = new NameEntry(NameKind.Place) { Place = place };
            forms.Clear();
            AddForm(place.Name, entry, forms);
            foreach (var alias in place.Aliases)
                AddForm(alias, entry, forms);
            AddStems(place.Name, entry, forms, explicitNames, cues);
            foreach (var alias in place.Aliases)
                AddStems(alias, entry, forms, explicitNames, cues);
        }
        foreach (var role in actors.Roles)
            Roles.Add(role.Phrase, role);
        TitleRoles = actors.Roles.Where(r => r.IsTitle).Select(r => r.Role).ToFrozenSet(StringComparer.Ordinal);
        terms = actors.OfficeTerms.ToLookup(t => (t.Code, t.Office));
        // An office one country's holders fill term after term ("secretary of state"), not a generic title the
        // lexicon happens to list once (one finance minister makes no unknown finance minister Israeli).
        officeCountries = actors.OfficeTerms.GroupBy(t => t.Office, StringComparer.Ordinal)
            .Where(g => g.Count() >= OwnOfficeTerms && g.Select(t => t.Code).Distinct().Count() == 1)
            .ToDictionary(g => g.Key, g => g.First().Code, StringComparer.Ordinal);
        namesakes = actors.Countries.Where(c => c.Kind == CountryPhraseKind.ShortForm).ToDictionary(c => (c.Code, c.Phrase), c => NamesakeCodes(c, actors.Countries));
        foreach (var code in actors.Countries.Select(c => c.Code).Distinct())
        {
            var capital = gazetteer.CapitalOf(code) ?? actors.Countries.Where(c => c.Code == code && c.Kind == CountryPhraseKind.Capital)
                .SelectMany(c => gazetteer.Places.Where(p => p.Country == code && p.Name == c.Phrase)).MaxBy(p => p.Population);
            if (capital is not null)
                capitals[code] = capital;
        }
    }

    /// <summary>
    /// The countries whose naming in a story lets a short form stand for its country: the country itself and those
    /// whose name ends in what follows the short form in the country's own name ("South" of "South Korea": every
    /// name ending in "Korea").
    /// </summary>
    private static string[] NamesakeCodes(CountryPhrase shortForm, IReadOnlyList<CountryPhrase> countries)
    {
        var rests = countries.Where(c => c.Code == shortForm.Code && c.Kind == CountryPhraseKind.Name && c.Phrase.StartsWith(shortForm.Phrase + " ", StringComparison.Ordinal))
            .Select(c => c.Phrase[(shortForm.Phrase.Length + 1)..]).ToArray();
        return countries.Where(c => c.Kind == CountryPhraseKind.Name && rests.Any(r => c.Phrase == r || c.Phrase.EndsWith(" " + r, StringComparison.Ordinal)))
            .Select(c => c.Code).Append(shortForm.Code).Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>The countries a story must have named for a short form ("the South") to mean its country.</summary>
    public IReadOnlyList<string> NamesakesOf(CountryPhrase shortForm) => namesakes[(shortForm.Code, shortForm.Phrase)];

    /// <summary>
    /// A region's name without its administrative suffix ("East Azerbaijan" for "East Azerbaijan
    /// Province"), so that "East Azerbaijan province" in any case meets it; unless another place is
    /// named so.
    /// </summary>
    private void AddStems(string name, NameEntry entry, HashSet<string> forms, HashSet<string> explicitNames, LocationCues cues)
    {
        foreach (var suffix in AdminSuffixes)
        {
            if (name.Length <= suffix.Length + 1 || name[^(suffix.Length + 1)] != ' ' || !name.AsSpan().EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                continue;
            // "North Governorate" without its suffix would be every "North".
            var stem = name.AsSpan(0, name.Length - suffix.Length - 1);
            if (cues.IsDirection(stem))
                continue;
            var form = stem.ToString();
            if (!explicitNames.Contains(form))
                AddForm(form, entry, forms);
        }
    }

    // "State" is left out: "Red Sea State" is not the Red Sea, nor "Niger State" Niger.
    private static readonly string[] AdminSuffixes = ["Province", "Governorate", "Oblast", "Region", "District", "County", "Prefecture"];

    /// <summary>The lexicon built from the shipped files, loaded on first use.</summary>
    public static EntityLexicon Shipped => ShippedLexicon.Value;

    /// <summary>The actor data.</summary>
    public ActorLexicon Actors { get; }

    /// <summary>The places.</summary>
    public Gazetteer Gazetteer { get; }

    /// <summary>Words that mark locations.</summary>
    public LocationCues Cues { get; }

    /// <summary>Proper names: countries, organisations, people, places.</summary>
    public PhraseMatcher<NameEntry> Names { get; }

    /// <summary>Role nouns and titles.</summary>
    public PhraseMatcher<RolePhrase> Roles { get; }

    /// <summary>The roles some title stands for ("ambassador", "president"): one person's office, not a group's ("police", "lawmakers").</summary>
    public FrozenSet<string> TitleRoles { get; }

    /// <summary>
    /// A country's capital as a place: the gazetteer's capital row, else the gazetteer place named like
    /// the capital in <c>actors/countries.tsv</c>. Computed once when the lexicon is built.
    /// </summary>
    public PlaceEntry? CapitalOf(string code) => capitals.GetValueOrDefault(code);

    /// <summary>The one country (or organisation) whose office-holders hold <paramref name="office"/>, term after term, if only one does ("secretary of state").</summary>
    public string? OnlyCountryWithOffice(string office) => officeCountries.GetValueOrDefault(office);

    /// <summary>The terms of one office of one country or organisation.</summary>
    public IEnumerable<OfficeTerm> TermsOf(string code, string office) => terms[(code, office)];

    /// <summary>Builds the lexicon from <paramref name="files"/>.</summary>
    public static EntityLexicon Load(LexiconFiles files)
    {
        // The places load on another thread while the actors load, since start-up is most of a short run's
        // time; errors surface as before, the actors' first. A pool thread loads both itself rather than wait for the pool.
        if (Thread.CurrentThread.IsThreadPoolThread)
            return new(ActorLexicon.Load(files), Gazetteer.Load(files), new LocationCues(files), ReportVerbs(files), GoBetweenVerbs(files), BasingVerbs(files), HomeStrikingKinds(files));
        var places = Task.Run(() => (Gazetteer.Load(files), new LocationCues(files)));
        var actors = ActorLexicon.Load(files);
        var (gazetteer, cues) = places.GetAwaiter().GetResult();
        return new(actors, gazetteer, cues, ReportVerbs(files), GoBetweenVerbs(files), BasingVerbs(files), HomeStrikingKinds(files));
    }

    /// <summary>Whether a word is a verb of saying ("said", "told"): the same words that give events their source.</summary>
    public bool IsReportVerb(ReadOnlySpan<char> word) => reportVerbs.Contains(word);

    /// <summary>Whether a word is a participle whose "by" names a go-between ("brokered", "mediated"; <c>roles/go-between-verbs.txt</c>).</summary>
    public bool IsGoBetweenVerb(ReadOnlySpan<char> word) => goBetweenVerbs.Contains(word);

    private static FrozenSet<string> GoBetweenVerbs(LexiconFiles files) => Words(files, "roles/go-between-verbs.txt");

    /// <summary>Whether a word is a verb of basing forces in a country ("station"; <c>roles/basing-verbs.txt</c>).</summary>
    public bool IsBasingVerb(ReadOnlySpan<char> word) => basingVerbs.Contains(word);

    private static FrozenSet<string> BasingVerbs(LexiconFiles files) => Words(files, "roles/basing-verbs.txt");

    /// <summary>
    /// Whether coercion or violence of this type and mode, done by a country's own people in a place of that country, strikes
    /// the people there even when no one is named ("police arrested protesters in Lomé"; <c>roles/home-striking-kinds.txt</c>).
    /// </summary>
    public bool StrikesPeopleAtHome(string type, string? mode) => homeStrikingKinds.Contains(mode is null ? type : type + " " + mode);

    private static FrozenSet<string> HomeStrikingKinds(LexiconFiles files) => Words(files, "roles/home-striking-kinds.txt");

    // A lexicon of one word (or phrase) a line, matched ignoring case.
    private static FrozenSet<string> Words(LexiconFiles files, string file) =>
        files.Read(file, 1).Select(l => l.Fields[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // The one-word "report" cues of events/modality-cues.tsv (its format is checked where events load it).
    private static FrozenSet<string> ReportVerbs(LexiconFiles files) =>
        files.Read("events/modality-cues.tsv", 2).Where(l => l.Fields[1] == "report" && !l.Fields[0].Contains(' ')).Select(l => l.Fields[0])
            .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Adds a name and, when words inside it are lower-case ("Bosnia and Herzegovina", "Mohammed bin Salman"), the
    /// same name as a Title Case headline writes it ("Bosnia And Herzegovina", "Democratic Republic Of Congo"):
    /// names are matched exactly, and a headline would otherwise keep only the name's last words ("Congo").
    /// </summary>
    private void AddWithTitleCase(string name, NameEntry entry)
    {
        Names.Add(name, entry);
        if (!HasLowerCaseWordAfterFirst(name))
            return;
        var words = name.Split(' ');
        var lowered = false;
        for (var i = 1; i < words.Length; i++)
        {
            if (words[i].Length > 0 && char.IsLower(words[i][0]))
            {
                words[i] = char.ToUpperInvariant(words[i][0]) + words[i][1..];
                lowered = true;
            }
        }
        if (lowered)
            Names.Add(string.Join(' ', words), entry);
    }

    private static bool HasLowerCaseWordAfterFirst(string name)
    {
        for (var i = name.IndexOf(' ', StringComparison.Ordinal); i >= 0 && i + 1 < name.Length; i = name.IndexOf(' ', i + 1))
        {
            if (char.IsLower(name[i + 1]))
                return true;
        }
        return false;
    }

    /// <summary>Adds a name once per entry (<paramref name="forms"/> holds the entry's names so far).</summary>
    private void AddForm(string name, NameEntry entry, HashSet<string> forms)
    {
        if (forms.Add(name))
            AddWithTitleCase(name, entry);
    }

    /// <summary>
    /// Adds a person's name and, when it opens with a lower-case particle ("al-Sharaa", "bin Salman", "de Mistura"),
    /// the same name capitalised as it stands at the start of a sentence ("Al-Sharaa became…").
    /// </summary>
    private void AddPersonForm(string name, NameEntry entry, HashSet<string> forms)
    {
        AddForm(name, entry, forms);
        if (name.Length > 1 && char.IsLower(name[0]))
            AddForm(char.ToUpperInvariant(name[0]) + name[1..], entry, forms);
    }
}
