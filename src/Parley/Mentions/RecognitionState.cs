using Parley.Documents;

namespace Parley.Mentions;

/// <summary>
/// What recognition has found so far in one document: mentions, countries in play, actors for coreference.
/// One state serves document after document on a thread (<see cref="Begin"/>), so that its lists and sets
/// are not grown anew for each: they were a sixth of the recogniser's allocations.
/// </summary>
internal sealed class RecognitionState
{
    private readonly Dictionary<string, int> placeCountryCounts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> countryCounts = new(StringComparer.Ordinal);

    public Document Document { get; private set; } = null!;

    public DateOnly? PublicationDate { get; private set; }

    /// <summary>The country of the document's dateline, if it has one: where it was filed.</summary>
    public string? DatelineCountry { get; private set; }

    /// <summary>Where the dateline's block starts ("WASHINGTON (Reuters) —"), or -1: what stands before it is headline and standfirst.</summary>
    public int DatelineStart { get; private set; } = -1;

    /// <summary>The characters and gazetteer entry of the region or country a dateline names after its place ("JEDDAH, Saudi Arabia,"), or null.</summary>
    public (int Start, int End, Places.PlaceEntry Place)? DatelineRegion { get; set; }

    public List<Mention> Mentions { get; } = [];

    /// <summary>Office-holders taken from the country in play before the dateline ("…, the president said"), by mention index and office: the lead may name them.</summary>
    public List<(int Index, string Role)> Cataphora { get; } = [];

    private readonly List<int> sentences = [];
    private readonly HashSet<string> actorCodes = new(StringComparer.Ordinal);

    /// <summary>Actor mentions with the block and sentence they stood in, newest last.</summary>
    public List<(Mention Mention, int Block, int Sentence)> Actors { get; } = [];

    /// <summary>Groups named by a role alone in the current sentence: tokens, role, and how many mentions preceded them.</summary>
    public List<(int FirstToken, int EndToken, Actors.RolePhrase Role, int MentionsBefore)> PendingGroups { get; } = [];

    /// <summary>People named after a title in the current sentence whose country nothing before them told: tokens, title, name, and how many mentions preceded them.</summary>
    public List<(int FirstToken, int EndToken, Actors.RolePhrase Role, string Name, int MentionsBefore)> PendingPeople { get; } = [];

    /// <summary>The chunks of the sentence being read.</summary>
    public List<Chunk> Chunks { get; } = new(64);

    /// <summary>Scratch for a pair anaphor's candidates: per person or side, the latest mention, how often named, and its order.</summary>
    public Dictionary<string, (Mention Latest, int Count, int Order)> PairCandidates { get; } = new(StringComparer.Ordinal);

    /// <summary>The two people the latest people pair ("the two leaders") was taken to be.</summary>
    public (Mention One, Mention Other)? LastPeoplePair { get; set; }

    /// <summary>The two sides the text last named together ("a ceasefire between Israel and Iran"): the pair in focus for a later "the two sides".</summary>
    public (Mention One, Mention Other)? FocusSides { get; set; }

    /// <summary>The two sides the latest pair of sides ("both countries", "the two sides") was taken to be, however it was found.</summary>
    public (Mention One, Mention Other)? LastSidePair { get; set; }

    /// <summary>Country names the text used as a person's surname ("Rep. Jim Jordan"): alone later, they are that person ("Jordan said").</summary>
    public HashSet<string> Surnames { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// People named so far, in full: those the lexicon does not know, after a title ("opposition leader Jorge Glas"), and
    /// those it knows by their full name only ("President Xiomara Castro"). Later, their surname alone is they ("Castro said").
    /// </summary>
    public List<ActorReference> PeopleNamed { get; } = [];

    /// <summary>
    /// Surnames of known people that the text gave another given name ("Francesca Albanese" is not Anthony Albanese):
    /// alone later, they are that other person, not the one the lexicon knows.
    /// </summary>
    public HashSet<string> SurnamesOfOthers { get; } = new(StringComparer.Ordinal);

    /// <summary>A scratch list for the countries in sight of one group (see EntityRecognizer.ContextCountry).</summary>
    public List<string> CountriesInSight { get; } = [];

    public int CurrentBlock { get; set; }

    public int CurrentSentence { get; set; }

    /// <summary>Whether the current sentence is a Title Case headline, where a capital marks no name (see <see cref="Chunker"/>).</summary>
    public bool TitleCase { get; set; }

    /// <summary>
    /// How often places of a country have been named so far. Only places count: a story about the US
    /// state of Georgia names Atlanta, while "Washington warned" says nothing about where things are.
    /// </summary>
    public int PlaceCountryCount(string code) => placeCountryCounts.GetValueOrDefault(code);

    /// <summary>
    /// How often a country has been named outright so far, as an actor or as a place: which country the
    /// story is about, for groups the text leaves unplaced ("the authorities", "security forces").
    /// </summary>
    public int CountryCount(string code) => countryCounts.GetValueOrDefault(code);

    /// <summary>
    /// The country named outright most often so far (the first to reach that count among equals), leaving
    /// out <paramref name="except"/>; null when there is none.
    /// </summary>
    public string? MostNamedCountry(string? except = null)
    {
        string? most = null;
        foreach (var (code, count) in countryCounts)
        {
            if (code != except && (most is null || count > countryCounts[most]))
                most = code;
        }
        return most;
    }

    /// <summary>True when an actor with this code has been named so far.</summary>
    public bool ActorCodeNamed(string code) => actorCodes.Contains(code);

    /// <summary>The index of the sentence the <paramref name="index"/>-th mention was found in.</summary>
    public int SentenceOf(int index) => sentences[index];

    public void Add(Mention mention)
    {
        Mentions.Add(mention);
        sentences.Add(CurrentSentence);
        if (mention.Actor is { } actor)
            actorCodes.Add(actor.Code);
        if (mention.Place?.Country is { } code)
            placeCountryCounts[code] = PlaceCountryCount(code) + 1;
        if (mention.Actor is not null)
            Actors.Add((mention, CurrentBlock, CurrentSentence));
        if (!mention.IsDateline && !EntityRecognizer.IsInferred(mention) && (mention.Actor?.Code ?? mention.Place?.Country) is { } named && EntityRecognizer.IsStateCode(named))
            countryCounts[named] = CountryCount(named) + 1;
    }

    /// <summary>Empties the state for a new document.</summary>
    public void Begin(Document document, DateOnly? publicationDate, string? datelineCountry, int datelineStart)
    {
        End();
        Document = document;
        PublicationDate = publicationDate;
        DatelineCountry = datelineCountry;
        DatelineStart = datelineStart;
        CurrentBlock = CurrentSentence = 0;
    }

    /// <summary>Lets go of the document and what was found in it (the state outlives them).</summary>
    public void End()
    {
        Document = null!;
        Mentions.Clear();
        sentences.Clear();
        actorCodes.Clear();
        Actors.Clear();
        PendingGroups.Clear();
        PendingPeople.Clear();
        placeCountryCounts.Clear();
        countryCounts.Clear();
        Chunks.Clear();
        PairCandidates.Clear();
        Cataphora.Clear();
        LastPeoplePair = null;
        FocusSides = null;
        LastSidePair = null;
        DatelineRegion = null;
        Surnames.Clear();
        PeopleNamed.Clear();
        SurnamesOfOthers.Clear();
    }

    /// <summary>Characters covered by tokens <c>[first, end)</c>.</summary>
    public (int Start, int End) CharRange(int first, int end) =>
        (Document.Tokens[first].Start, Document.Tokens[end - 1].End);
}
