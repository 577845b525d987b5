using System.Collections.Frozen;
using System.Globalization;
using Parley.Actors;
using Parley.Documents;
using Parley.Pipeline;

namespace Parley.Mentions;

/// <summary>
/// The "entities" component: finds actors and places. A sentence is read as chunks (lexicon names, role
/// nouns, single words) and put together by a few general rules:
/// <list type="bullet">
/// <item>country or organisation [+ 's] + role(s) [+ name] is one actor: "US Envoy", "Ukraine's parliament",
/// "Russian Foreign Minister Sergei Lavrov";</item>
/// <item>title + known person, or a person alone, is that person in the office held at the publication date;</item>
/// <item>a country, capital or seat of power after a locative word ("in", "near", "arrived in") is a place, otherwise an actor;</item>
/// <item>"the" + role refers back to the last actor in that role, "he"/"she" to the last named person, and
/// "both sides" or "the two leaders" to the two actors most named just before (light coreference);</item>
/// <item>"Hungarian and Romanian officials" is two actors.</item>
/// </list>
/// </summary>
public sealed partial class EntityRecognizer(EntityLexicon lexicon) : IPipelineComponent
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CalendarWords = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames
        .Concat(CultureInfo.InvariantCulture.DateTimeFormat.DayNames).Where(n => n.Length > 0).ToFrozenSet(StringComparer.Ordinal)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The evidence of mentions that stand for a person through "he" or "she".</summary>
    public const string PronounEvidence = "coreference: pronoun";

    // Antecedents are looked for in the current block and this many before it.
    private const int AntecedentWindow = 2;

    private readonly Chunker chunker = new(lexicon);

    // One recognition state per thread, reused from document to document.
    [ThreadStatic]
    private static RecognitionState? reusableState;

    /// <summary>A recogniser using the shipped lexicons.</summary>
    public EntityRecognizer() : this(EntityLexicon.Shipped) { }

    /// <inheritdoc />
    public string Name => "entities";

    /// <inheritdoc />
    public IReadOnlyList<string> Requires => [Annotations.MatchText, Annotations.Tokens, Annotations.Sentences, Annotations.PublicationDate];

    /// <inheritdoc />
    public IReadOnlyList<string> Assigns => [Annotations.Mentions];

    /// <inheritdoc />
    public void Process(Document document, CancellationToken cancellationToken)
    {
        var published = document.Metadata.Published?.Date.AsDay;
        // Read once: the dateline's country serves the sentences (police with nothing in sight), its places come last.
        var dateline = ReadDateline(document);
        var state = reusableState ??= new RecognitionState();
        state.Begin(document, published, DatelineCountry(dateline), dateline is { } d ? d.Block.Start : -1);
        state.DatelineRegion = DatelineRegion(document, dateline);
        var chunks = state.Chunks;
        for (var s = 0; s < document.Sentences.Length; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sentence = document.Sentences[s];
            state.CurrentBlock = sentence.Block;
            state.CurrentSentence = s;
            state.TitleCase = chunker.Split(document, sentence.FirstToken, sentence.EndToken, chunks);
            Read(chunks, state, sentence.FirstToken);
            ResolveGroups(state);
        }
        ResolveCataphora(state);
        RecodeAcrossFromCounterparts(state);
        AddDatelinePlaces(state, dateline);
        document.Mentions = MentionOrder.Merge(document.Mentions, state.Mentions);
        state.End();
    }

    private void Read(List<Chunk> chunks, RecognitionState state, int sentenceStart)
    {
        var k = 0;
        while (k < chunks.Count)
        {
            k = chunks[k].Kind switch
            {
                ChunkKind.Name => ReadName(chunks, k, state, sentenceStart),
                ChunkKind.Role => ReadRole(chunks, k, state),
                // "Both sides will meet again": a sentence's capitalised first word may open a pair, not a name.
                ChunkKind.Capitalised when OpensPair(chunks[k], state) => ReadPair(chunks, k, state),
                ChunkKind.Capitalised when IsSubjectIt(chunks, k, state, sentenceStart) => ReadSubjectIt(chunks, k, state),
                ChunkKind.Capitalised => SkipUnknownName(chunks, k, state, sentenceStart),
                ChunkKind.Pronoun => ReadPronoun(chunks, k, state),
                _ => ReadPair(chunks, k, state),
            };
        }
    }

    /// <summary>
    /// A capitalised unknown word inside a sentence starts a name the lexicon lacks ("Michael Jordan"): a
    /// country-like name right after it belongs to that name. At a sentence's start only a country that is
    /// also a surname is taken so ("Coach Jordan said"), and only after a word that is no usual sentence opener.
    /// </summary>
    private int SkipUnknownName(List<Chunk> chunks, int k, RecognitionState state, int sentenceStart)
    {
        if (PersonNamedBefore(chunks, k, state) is var (nameEnd, person))
        {
            AddActor(state, chunks[k].Start, chunks[nameEnd - 1].End, person, "coreference: surname");
            return nameEnd;
        }
        if (NameBesideDemonym(chunks, k, state) is var (fullEnd, code))
        {
            var (start, stop) = state.CharRange(chunks[k].Start, chunks[fullEnd - 1].End);
            AddUnlistedPerson(state, chunks[k].Start, chunks[fullEnd - 1].End, new ActorReference(code, "CVL", state.Document.Text[start..stop], null));
            return fullEnd;
        }
        if (ClosesUnknownName(chunks, k, state, sentenceStart))
            return k + 2;
        if (k + 1 >= chunks.Count || chunks[k + 1].Kind != ChunkKind.Name || chunks[k + 1].Names!.Any(n => n.Kind == NameKind.Person)
            || IsHyphenatedModifier(Word(state.Document.MatchText, state, chunks[k].Start)))
            return k + 1;
        var surname = GivenNameCountry(chunks[k + 1], state);
        if (chunks[k].Start == sentenceStart && !(surname is not null && MayOpenAName(Word(state.Document.MatchText, state, chunks[k].Start))))
            return k + 1;
        if (surname is not null)
            state.Surnames.Add(surname);
        return k + 2;
    }

    /// <summary>
    /// "Glas", "Jorge Glas" or "Tchiroma Bakary" after "former Vice President Jorge Glas", "Opposition candidate Issa
    /// Tchiroma Bakary", "Castro" after "President Xiomara Castro": a run of unknown capitalised words that repeats the full
    /// name of a person the text named before, or the words after its first, is that person. The chunk after the run and
    /// null when none matches.
    /// </summary>
    private static (int End, ActorReference Person)? PersonNamedBefore(List<Chunk> chunks, int k, RecognitionState state)
    {
        if (state.PeopleNamed.Count == 0 || (k > 0 && chunks[k - 1].Kind == ChunkKind.Capitalised))
            return null;
        var end = k;
        while (end < chunks.Count && chunks[end].Kind == ChunkKind.Capitalised && chunks[end].End - chunks[end].Start == 1)
            end++;
        if (end == k)
            return null;
        var (start, stop) = state.CharRange(chunks[k].Start, chunks[end - 1].End);
        return NamedInFullBefore(state.Document.Text.AsSpan(start, stop - start), state) is { } person ? (end, person) : null;
    }

    /// <summary>The person named in full before, latest first, whose name is <paramref name="run"/> or ends in words of it after its first.</summary>
    private static ActorReference? NamedInFullBefore(ReadOnlySpan<char> run, RecognitionState state)
    {
        for (var i = state.PeopleNamed.Count - 1; i >= 0; i--)
        {
            var name = state.PeopleNamed[i].Name.AsSpan();
            if (name.SequenceEqual(run) || IsLaterPartOf(run, name))
                return state.PeopleNamed[i];
        }
        return null;
    }

    /// <summary>
    /// "Brown said" after "Prime Minister Mark Brown": a surname alone that the lexicon knows as a famous namesake (Gordon
    /// Brown) is first the person the story itself named in full with it, whatever country that mention got; only a surname
    /// no such person shares is the lexicon's. Not after a given name ("Gordon Brown" is whom it says).
    /// </summary>
    private static ActorReference? StoryNamesakeOf(PersonEntry known, List<Chunk> chunks, int k, RecognitionState state)
    {
        if (state.PeopleNamed.Count == 0 || (k > 0 && chunks[k - 1].Kind == ChunkKind.Capitalised))
            return null;
        var (start, stop) = state.CharRange(chunks[k].Start, chunks[k].End);
        return NamedInFullBefore(state.Document.Text.AsSpan(start, stop - start), state) is { } earlier && earlier.Name != known.Name ? earlier : null;
    }

    /// <summary>Whether <paramref name="part"/> is whole words of <paramref name="name"/> after its first ("Tchiroma" of "Issa Tchiroma Bakary").</summary>
    private static bool IsLaterPartOf(ReadOnlySpan<char> part, ReadOnlySpan<char> name)
    {
        for (var at = name.IndexOf(' '); at >= 0 && at + 1 + part.Length <= name.Length; at = name[(at + 1)..].IndexOf(' ') is var next and >= 0 ? at + 1 + next : -1)
        {
            var after = at + 1 + part.Length;
            if (name.Slice(at + 1, part.Length).SequenceEqual(part) && (after == name.Length || name[after] == ' '))
                return true;
        }
        return false;
    }

    /// <summary>"Russian-led", "Kurdish-led", "Iran-backed": a capitalised word ending in a lower-case part after a hyphen qualifies the name after it; it opens no name.</summary>
    /// <summary>
    /// "the car carrier Galaxy Leader": a capitalised one-person role noun ("Leader", "Commander") right after an
    /// unknown capitalised word inside a sentence, with no name after it, closes a name of its own (a ship's, a
    /// film's), not a title ("Majority Leader Chuck Schumer") nor a role that takes a country from context.
    /// </summary>
    private static bool ClosesUnknownName(List<Chunk> chunks, int k, RecognitionState state, int sentenceStart)
    {
        if (chunks[k].Start == sentenceStart || k + 1 >= chunks.Count || chunks[k + 1] is not { Kind: ChunkKind.Role, Roles: { } roles } role
            || role.End - role.Start != 1 || !roles.All(r => IsPersonRole(r.Role)))
            return false;
        var word = Word(state.Document.MatchText, state, role.Start);
        return char.IsUpper(word[0]) && !word.EndsWith('s')
               && (k + 2 >= chunks.Count || chunks[k + 2].Kind is not (ChunkKind.Capitalised or ChunkKind.Name));
    }

    private static bool IsHyphenatedModifier(ReadOnlySpan<char> word) =>
        word.LastIndexOf('-') is var dash and > 0 && dash + 1 < word.Length && char.IsLower(word[dash + 1]);

    /// <summary>The word of a one-word country name that is also a person's name ("Jordan"), or null.</summary>
    private string? GivenNameCountry(Chunk chunk, RecognitionState state)
    {
        if (chunk.Kind != ChunkKind.Name || chunk.End - chunk.Start != 1 || !HasCountry(chunk.Names!))
            return null;
        var word = Word(state.Document.MatchText, state, chunk.Start);
        return lexicon.Cues.IsGivenName(word) ? word.ToString() : null;
    }

    /// <summary>
    /// The seat of power or institution of country <paramref name="code"/> that a name chunk means ("State Department", "Congress"), or null.
    /// An institution known by a common name is that of whichever country is named before it: "Peru's Congress" is Peru's, not the US one.
    /// </summary>
    private static CountryPhrase? InstitutionOf(Chunk chunk, string code)
    {
        if (chunk.Kind != ChunkKind.Name)
            return null;
        var names = chunk.Names!;
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i].Country is { Kind: CountryPhraseKind.Metonym or CountryPhraseKind.Institution } institution
                && (institution.Code == code || institution.Kind == CountryPhraseKind.Institution))
                return institution;
        }
        return null;
    }

    private static bool HasCountry(IReadOnlyList<NameEntry> names)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i].Kind == NameKind.Country)
                return true;
        }
        return false;
    }

    /// <summary>Whether a capitalised word opening a sentence may be a first name or title ("Michael", "Coach"), not an opener ("Meanwhile", "Both", "Neighbouring").</summary>
    private bool MayOpenAName(ReadOnlySpan<char> word) =>
        !Text.TextLexicon.Default.IsSentenceStarter(word) && !word.EndsWith("ly", StringComparison.Ordinal)
        && !lexicon.Cues.IsLocativeAdjective(word) && !lexicon.Cues.IsDirection(word) && !lexicon.Cues.IsLocative(word) && !CalendarWords.Contains(word);

    /// <summary>
    /// "Jordan Bardella said", "Jordan Peterson told": a country that is also a given name, followed by an
    /// unknown capitalised word that ends the name (a lower-case word or punctuation after it, so not a
    /// title-case headline), opens a person's name. "Jordan said" after "Rep. Jim Jordan": the surname again.
    /// Returns the chunk to read next, or -1 when the name is the country.
    /// </summary>
    private int SkipPersonNamedLikeACountry(List<Chunk> chunks, int k, RecognitionState state, int sentenceStart)
    {
        if (GivenNameCountry(chunks[k], state) is not { } word)
            return -1;
        var next = k + 1;
        if (next < chunks.Count && chunks[next].Kind == ChunkKind.Capitalised && chunks[next].End - chunks[next].Start == 1
            && (chunks[next].End >= state.Document.Tokens.Length || chunks[next].End >= chunks[^1].End
                || Word(state.Document.MatchText, state, chunks[next].End) is var after && (after.IsEmpty || !char.IsUpper(after[0]))))
            return next + 1;
        if (state.Surnames.Contains(word) && !(next < chunks.Count && chunks[next].Kind == ChunkKind.Possessive) && !IsLocative(chunks[k].Start, state, sentenceStart))
            return next;
        return -1;
    }

    private int ReadName(List<Chunk> chunks, int k, RecognitionState state, int sentenceStart)
    {
        // "JEDDAH, Saudi Arabia, May 12 —": the dateline's country says where the story was filed; it is no actor.
        if (state.DatelineRegion is var (regionStart, regionEnd, datelineRegion) && state.CharRange(chunks[k].Start, chunks[k].End) == (regionStart, regionEnd))
        {
            state.Add(new Mention(MentionKind.Place, regionStart, regionEnd, Name) { Place = PlaceReference.From(datelineRegion), Evidence = $"dateline; {datelineRegion.Line}", IsDateline = true });
            return k + 1;
        }
        if (SkipPersonNamedLikeACountry(chunks, k, state, sentenceStart) is var personEnd and >= 0)
            return personEnd;
        if (IsCommonWordOnly(chunks, k, state, sentenceStart))
            return k + 1;
        // "into West Berlin": a compass point that is no actor points into the place named after it, read next as
        // such; before any other name it opens a longer one ("West African bloc"), as an unknown capitalised word does.
        if (IsBareCompassPoint(chunks, k, state, sentenceStart))
            return k + 1 < chunks.Count && chunks[k + 1].Kind == ChunkKind.Name && chunks[k + 1].Names!.Any(n => n.Place is not null || n.Country?.Kind == CountryPhraseKind.Name)
                ? k + 1 : SkipUnknownName(chunks, k, state, sentenceStart);
        if (IsShortFormOutOfContext(chunks[k], state))
            return k + 1;
        var chunk = chunks[k];
        var names = chunk.Names!;
        var person = ChoosePerson(names, state, null);
        if (person is not null && StoryNamesakeOf(person, chunks, k, state) is { } namesake)
        {
            AddActor(state, chunk.Start, chunk.End, namesake, "coreference: surname");
            return k + 1;
        }
        // Among meanings that can act, one the story already named wins ("Brussels" is the EU in an EU story).
        NameEntry? modifier = null;
        // An index loop: foreach over the interface boxes an enumerator, for every name read.
        for (var i = 0; i < names.Count; i++)
        {
            var n = names[i];
            if (n.Kind is not (NameKind.Country or NameKind.Organisation))
                continue;
            if (state.ActorCodeNamed(n.CountryCode!))
            {
                modifier = n;
                break;
            }
            modifier ??= n;
        }
        // A place can own a group only if it lies in a country ("Baltic states" are no one's sea).
        modifier ??= names.FirstOrDefault(n => n.Kind == NameKind.Place && n.CountryCode is not null);
        // "Georgia's governor", "Georgia's governor … in Atlanta": the US state, not the country.
        var federatedState = modifier?.Country?.Kind == CountryPhraseKind.Name ? StateReading(names, modifier.Country.Code, chunks, k, state) : null;
        if (federatedState is not null)
            modifier = federatedState;

        // Compound modifiers share the role that follows: "Hungarian and Romanian officials",
        // "French, Israeli and Egyptian mediators".
        if (modifier?.Country?.Kind == CountryPhraseKind.Demonym && SharedRole(chunks, k, state) is { } shared)
        {
            AddActor(state, chunk.Start, chunk.End, new ActorReference(modifier.Country.Code, shared.Sector, null, shared.Role), modifier.Country.Line.ToString());
            return k + 2;
        }

        var next = k + 1;
        if (next < chunks.Count && chunks[next].Kind == ChunkKind.Possessive)
            next++;
        // "the U.S. State Department", "the U.S. Congress", "Israel's Knesset": a country before one of its own
        // institutions is part of its name.
        if (modifier?.Country is { Kind: CountryPhraseKind.Name or CountryPhraseKind.Demonym } nation && next < chunks.Count
            && InstitutionOf(chunks[next], nation.Code) is { } seat && !IsLocative(chunk.Start, state, sentenceStart))
        {
            AddActor(state, chunk.Start, chunks[next].End, new ActorReference(nation.Code, seat.Sector ?? "GOV", seat.ActorName, null), seat.Line.ToString());
            return next + 1;
        }
        // "Sudan's capital" is a place, the city itself.
        if (next > k + 1 && next < chunks.Count && modifier is { Kind: NameKind.Country } owner && Word(state.Document.MatchText, state, chunks[next].Start) is "capital"
            && lexicon.CapitalOf(owner.CountryCode!) is { } ownCapital)
        {
            AddPlace(state, chunk.Start, chunks[next].End, ownCapital);
            return next + 1;
        }
        // "Iran's Revolutionary Guards": the organisation, named with its country.
        if (next > k + 1 && next < chunks.Count && chunks[next].Kind == ChunkKind.Name
            && chunks[next].Names!.FirstOrDefault(n => n.Kind == NameKind.Organisation)?.Organisation is { } owned)
        {
            // "Afghanistan's Taliban government": a role noun right after it names the organisation's own body, not
            // a group left to take a country from the context.
            if (next + 1 < chunks.Count && chunks[next + 1].Kind == ChunkKind.Role && chunks[next + 1].Roles![0] is { IsTitle: false } body)
            {
                AddActor(state, chunk.Start, chunks[next + 1].End, new ActorReference(owned.Code, SectorUnder(owned, body), owned.Name, body.Role), owned.Line.ToString());
                return next + 2;
            }
            AddActor(state, chunk.Start, chunks[next].End, new ActorReference(owned.Code, owned.Sector, owned.Name, null), owned.Line.ToString());
            return next + 1;
        }
        // "Sudan's army-led government", "Bangladesh's interim government": a possessive may put a word or
        // two between the country and its role.
        if (next > k + 1)
            next = SkipAdjectives(chunks, next, state);
        // "a German trade delegation": so may a demonym before a group, but not before a title, whose holder the skipped
        // word may change ("a former South African deputy president" is not the president).
        else if (modifier?.Country?.Kind == CountryPhraseKind.Demonym && SkipAdjectives(chunks, next, state) is var group && group > next
                 && chunks[group].Roles![0] is { IsTitle: false })
            next = group;
        // After a locative word a country name is a place ("in Russia officials said"), but a demonym never is:
        // "outside the French embassy" names France's embassy.
        if (person is null && modifier is not null && next < chunks.Count && chunks[next].Kind == ChunkKind.Role
            && (modifier.Country?.Kind == CountryPhraseKind.Demonym || !IsLocative(chunk.Start, state, sentenceStart)))
            return ReadModifiedRole(chunks, k, next, modifier, state);
        // "Zelensky's chief of staff Andriy Yermak": someone of the named person's country.
        if (person is not null && next > k + 1 && next < chunks.Count && chunks[next].Kind == ChunkKind.Role)
            return ReadModifiedRole(chunks, k, next, NameOf(names, person), state);

        if (person is not null && ContinuesAsName(chunks, k + 1, state.Document.MatchText, state))
            return k + 2;
        // "the Trump administration", "the Netanyahu government": the person's state, named after them.
        if (person is not null && k + 1 < chunks.Count && chunks[k + 1].Kind == ChunkKind.Role && chunks[k + 1].Roles![0] is { IsTitle: false } institution)
        {
            var term = person.TermAt(state.PublicationDate, null);
            AddActor(state, chunk.Start, chunks[k + 1].End, new ActorReference(term.Code, institution.Sector, null, institution.Role), term.Line.ToString());
            return k + 2;
        }
        // "On Wednesday Putin met", "In March Putin said": a day or a month before a known name is no given name of it.
        var givenName = k > 0 && chunks[k - 1].Kind == ChunkKind.Capitalised && chunks[k - 1].Start != sentenceStart
                        && !CalendarWords.Contains(Word(state.Document.MatchText, state, chunks[k - 1].Start));
        if (person is not null && givenName && !AgreesWithGivenNames(person, chunks, k - 1, k, state))
        {
            state.SurnamesOfOthers.Add(ChunkText(chunk, state));
            return k + 1;
        }
        if (person is not null && !givenName && state.SurnamesOfOthers.Count > 0 && state.SurnamesOfOthers.Contains(ChunkText(chunk, state)))
            return k + 1;
        if (person is not null)
        {
            var start = givenName ? chunks[k - 1].Start : chunk.Start;
            AddPerson(state, start, chunk.End, person, office: null, role: null);
            return k + 1;
        }

        var text = state.Document.MatchText.AsSpan();
        if (modifier?.Country?.Kind == CountryPhraseKind.Demonym)
        {
            // "the Ukrainian capital" is a place; a demonym alone is an adjective, not an actor.
            if (chunk.End < state.Document.Tokens.Length && Word(text, state, chunk.End) is "capital"
                && lexicon.CapitalOf(modifier.Country.Code) is { } capital)
                AddPlace(state, chunk.Start, chunk.End + 1, capital);
            // "Israeli territory", "the Chinese coast": the country's land, sea or air, a place.
            else if (chunk.End < state.Document.Tokens.Length && TerritoryNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Word(text, state, chunk.End))
                     && lexicon.Gazetteer.Country(modifier.Country.Code) is { } land)
                AddPlace(state, chunk.Start, chunk.End + 1, land);
            return k + 1;
        }

        // "Kunar province", "Niger State", "Kherson region": an administrative region, suffix included.
        if (k + 1 < chunks.Count && chunks[k + 1].End - chunks[k + 1].Start == 1 && IsAdminSuffix(Word(text, state, chunks[k + 1].Start))
            && PlaceChooser.Choose(names.Where(n => n.Place?.Kind is Places.PlaceKind.Admin1 or Places.PlaceKind.Region), lexicon, state) is { } region)
        {
            AddPlace(state, chunk.Start, chunk.End + 1, region);
            return k + 1;
        }
        // "Paris, Texas": a place qualified by its region or country is the one there.
        if (QualifiedPlace(chunks, k, state) is { } qualified)
        {
            var (start, end) = state.CharRange(chunk.Start, chunk.End);
            state.Add(new Mention(MentionKind.Place, start, end, Name) { Place = qualified.Place, Evidence = qualified.Evidence });
            return k + 2; // the qualifier is read on its own as the next name
        }
        // "the Kyiv Talks", "the Jeddah Declaration": a meeting named after the city that hosts it.
        if (k + 1 < chunks.Count && lexicon.Cues.IsEventNoun(Word(text, state, chunks[k + 1].Start))
            && names.Any(n => n.Place?.Kind is Places.PlaceKind.Capital or Places.PlaceKind.City || n.Country?.Kind == CountryPhraseKind.Capital)
            && PlaceChooser.Choose(names.Where(n => n.Kind != NameKind.Country || n.Country!.Kind == CountryPhraseKind.Capital), lexicon, state) is { } host)
        {
            AddPlace(state, chunk.Start, chunk.End, host);
            return k + 1;
        }
        var directionBefore = chunk.Start > sentenceStart && lexicon.Cues.IsDirection(Word(text, state, chunk.Start - 1));
        // In a location slot a name is a place, if it can be one at all (organisations cannot).
        if ((directionBefore || IsLocative(chunk.Start, state, sentenceStart) || ContinuesAListOfPlaces(chunks, k, state) || IsTerritoryHit(chunks, k, state, sentenceStart))
            && !IsInsideLegislature(modifier, chunk.Start, state, sentenceStart)
            && (SharedInstitutionSeat(modifier, state) ?? PlaceChooser.Choose(names, lexicon, state, chunks, k)) is { } located)
        {
            AddPlace(state, directionBefore ? chunk.Start - 1 : chunk.Start, chunk.End, located);
            return k + 1;
        }

        // "the Ukraine Security Assistance Initiative", "the Ukraine Defense Contact Group": a country's name
        // that opens a longer proper name is part of that name, no actor.
        if (modifier is { Kind: NameKind.Country } && ContinuesAsName(chunks, k + 1, text, state) && ContinuesAsName(chunks, k + 2, text, state))
            return k + 1;
        // "a US destroyer", "UK jets": a country's name before a weapon, ship or aircraft only describes it, as a demonym does.
        if (modifier is { Kind: NameKind.Country, Country.Kind: CountryPhraseKind.Name } && k + 1 < chunks.Count
            && lexicon.Actors.EquipmentNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Word(text, state, chunks[k + 1].Start)))
            return k + 1;
        if (modifier is { Kind: NameKind.Country } country)
        {
            var phrase = country.Country!;
            AddActor(state, chunk.Start, chunk.End, new ActorReference(SharedInstitutionOwner(phrase, state) ?? phrase.Code, phrase.Sector ?? "GOV", phrase.ActorName, null), phrase.Line.ToString());
        }
        else if (modifier is { Kind: NameKind.Organisation } organisation)
        {
            var o = organisation.Organisation!;
            AddActor(state, chunk.Start, chunk.End, new ActorReference(o.Code, o.Sector, o.Name, null), o.Line.ToString());
        }
        // "the Middle East envoy": a region of no country before a role qualifies the role, and is no place.
        else if (!lexicon.Cues.IsAmbiguous(text.Slice(state.Document.Tokens[chunk.Start].Start, TokenSpanLength(state, chunk)))
                 && !ContinuesAsName(chunks, k + 1, text, state) && !(k + 1 < chunks.Count && chunks[k + 1].Kind == ChunkKind.Role)
                 && PlaceChooser.Choose(names, lexicon, state, chunks, k) is { } place)
            AddPlace(state, chunk.Start, chunk.End, place);
        return k + 1;
    }

    /// <summary>
    /// "Supporters of Bolsonaro stormed Congress": an institution known by a common name that other countries' bodies
    /// bear too is, in a story that has named none of its own country's actors or places but one of those countries,
    /// that country's (the most named of them); null when it is its own country's.
    /// </summary>
    private string? SharedInstitutionOwner(CountryPhrase phrase, RecognitionState state)
    {
        if (phrase.Kind != CountryPhraseKind.Institution || !lexicon.Actors.SharedInstitutions.TryGetValue(phrase.Phrase, out var others)
            || state.CountryCount(phrase.Code) > 0)
            return null;
        string? owner = null;
        foreach (var code in others)
        {
            if (state.CountryCount(code) > 0 && (owner is null || state.CountryCount(code) > state.CountryCount(owner)))
                owner = code;
        }
        return owner;
    }

    /// <summary>"stormed Congress" in a Brazil story: the seat of the country whose body a shared institution name is there.</summary>
    private Places.PlaceEntry? SharedInstitutionSeat(NameEntry? modifier, RecognitionState state) =>
        modifier?.Country is { } phrase && SharedInstitutionOwner(phrase, state) is { } owner ? lexicon.CapitalOf(owner) : null;

    /// <summary>
    /// For a name that is both a country and a state of another country (Georgia), the state, when what
    /// follows the name is an office of a federated state ("Georgia's governor", "the Georgia state senate")
    /// or the sentence (or the text before) names a place lying in that state ("… signed the bill in Atlanta").
    /// </summary>
    private NameEntry? StateReading(IReadOnlyList<NameEntry> names, string countryCode, List<Chunk> chunks, int k, RecognitionState state)
    {
        NameEntry? federated = null;
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i].Place is { Kind: Places.PlaceKind.Admin1 } admin && admin.Country != countryCode)
                federated = names[i];
        }
        if (federated is null)
            return null;
        var text = state.Document.MatchText.AsSpan();
        // The few words after the name: "'s governor", "state senate", "'s lieutenant governor".
        var tokens = state.Document.Tokens;
        var sentenceEnd = chunks[^1].End;
        for (var t = chunks[k].End; t < sentenceEnd && t < chunks[k].End + 4; t++)
        {
            var word = text.Slice(tokens[t].Start, tokens[t].Length);
            if (lexicon.Cues.IsSubnational(word))
                return federated;
            if (!word.IsEmpty && tokens[t].Kind == TokenKind.Word && !char.IsLower(word[0]) && t > chunks[k].End)
                break;
        }
        var stateName = federated.Place!.Name;
        for (var j = 0; j < chunks.Count; j++)
        {
            if (j == k || chunks[j].Kind != ChunkKind.Name || chunks[j].Names is not { Count: > 0 } other)
                continue;
            var inState = true;
            for (var i = 0; i < other.Count && inState; i++)
                inState = other[i].Place is { } place && place.Admin1 == stateName && place.Country == federated.Place.Country;
            if (inState)
                return federated;
        }
        for (var i = 0; i < state.Mentions.Count; i++)
        {
            if (state.Mentions[i].Place is { } named && named.Admin1 == stateName && named.Country == federated.Place.Country)
                return federated;
        }
        return null;
    }

    /// <summary>The meaning among <paramref name="names"/> that is <paramref name="person"/> (a loop: a lambda capturing the person cost every name read an allocation).</summary>
    private static NameEntry NameOf(IReadOnlyList<NameEntry> names, PersonEntry person)
    {
        // An index loop: foreach over the interface boxes an enumerator, for every name read.
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i];
            if (name.Person == person)
                return name;
        }
        throw new ArgumentException("The person is none of the names.", nameof(person));
    }

    /// <summary>The role at the end of a list of demonyms joined by commas and "and", when chunk k starts such a list.</summary>
    private static RolePhrase? SharedRole(List<Chunk> chunks, int k, RecognitionState state)
    {
        var i = k;
        var joined = false;
        while (i + 2 < chunks.Count && IsJoiner(chunks[i + 1], state)
               && chunks[i + 2].Kind == ChunkKind.Name && chunks[i + 2].Names!.Any(n => n.Country?.Kind == CountryPhraseKind.Demonym || n.Kind == NameKind.Organisation))
        {
            joined = true;
            i += 2;
        }
        return joined && i + 1 < chunks.Count && chunks[i + 1].Kind == ChunkKind.Role ? chunks[i + 1].Roles![0] : null;
    }

    private static bool IsJoiner(Chunk chunk, RecognitionState state) =>
        chunk.Kind == ChunkKind.And || (chunk.Kind == ChunkKind.Other && Word(state.Document.MatchText, state, chunk.Start) is ",");

    /// <summary>Country or organisation + role(s) [+ name]: "US Envoy", "Ukraine's parliament", "Russian Foreign Minister Sergei Lavrov".</summary>
    private int ReadModifiedRole(List<Chunk> chunks, int k, int roleStart, NameEntry modifier, RecognitionState state)
    {
        var roleEnd = roleStart;
        while (roleEnd < chunks.Count && chunks[roleEnd].Kind == ChunkKind.Role)
            roleEnd++;
        var role = MainRole(chunks, roleStart, roleEnd);
        if (QualifiesANoun(chunks, roleEnd, role, state) || IsPredicate(chunks, k, state))
            return roleEnd;
        var code = modifier.CountryCode!;
        var (nameEnd, person, name) = ReadPersonName(chunks, roleEnd, state, code);
        if (person is not null)
        {
            var term = person.TermAt(state.PublicationDate, role.Role);
            // The country or organisation the text names with the person wins over a term elsewhere
            // ("WHO Director-General Tedros", whatever else he once was).
            var actor = term.Code == code
                ? new ActorReference(term.Code, term.Sector, person.Name, role.Role)
                : new ActorReference(code, SectorUnder(modifier, role), person.Name, role.Role);
            AddActor(state, chunks[k].Start, chunks[nameEnd - 1].End, actor, term.Line.ToString());
            return nameEnd;
        }
        if (name is null && modifier.Kind == NameKind.Country && role.IsTitle
            && HolderOf(code, role.Role, state.PublicationDate) is { } holder)
        {
            // "the Ukrainian president": whoever held that office on the publication date.
            AddActor(state, chunks[k].Start, chunks[nameEnd - 1].End, new ActorReference(code, holder.Sector, holder.Name, role.Role), holder.Line.ToString());
            return nameEnd;
        }
        if (name is null && modifier.Kind == NameKind.Country && (role.IsTitle || role.Role == "leader") && IsSingular(state, chunks[roleEnd - 1])
            && NamedHolder(state, code, role.Role) is { } named)
        {
            // "Ukrainian President Volodymyr Zelensky … the Ukrainian leader", "Lavrov … the Russian minister":
            // the person of that country and office the text named last.
            AddActor(state, chunks[k].Start, chunks[nameEnd - 1].End, named.Actor! with { Role = role.Role }, "coreference");
            return nameEnd;
        }
        // After a modifier noun the capitalised words finish an institution's proper name, not a person's: "South
        // Korea's National Intelligence Service" is named "National Intelligence Service".
        if (name is not null && role.IsModifier)
        {
            var (start, stop) = state.CharRange(chunks[roleStart].Start, chunks[nameEnd - 1].End);
            name = state.Document.Text[start..stop];
        }
        var titled = new ActorReference(code, SectorUnder(modifier, role), name ?? modifier.Organisation?.Name, role.Role);
        AddActor(state, chunks[k].Start, chunks[nameEnd - 1].End, titled, (modifier.Country?.Line ?? modifier.Organisation?.Line ?? modifier.Place?.Line)?.ToString());
        // "Fijian Foreign Minister Jane Doe": a titled person the lexicon does not know, whose surname alone may name them later.
        if (name is not null && role.IsTitle)
            state.PeopleNamed.Add(titled);
        return nameEnd;
    }

    // Nouns for a country's own ground, coast or sky after its demonym ("Chinese waters" are often only claimed, so not among them).
    private static readonly FrozenSet<string> TerritoryNouns = FrozenSet.Create(StringComparer.Ordinal,
        "territory", "soil", "coast", "coastline", "airspace", "ports", "mainland");

    // Offices whose holder news calls the country's "leader" (a minister is not).
    private static readonly FrozenSet<string> TopOffices = FrozenSet.Create(StringComparer.Ordinal,
        "leader", "president", "prime minister", "chancellor", "premier", "supreme leader", "general secretary", "king", "emir", "crown prince");

    /// <summary>Whether a role chunk names one person ("leader"), not several ("leaders"): it does not end in "s".</summary>
    private static bool IsSingular(RecognitionState state, Chunk role) => state.Document.Text[state.Document.Tokens[role.End - 1].End - 1] != 's';

    /// <summary>
    /// The person of country <paramref name="code"/> the last paragraphs named in office <paramref name="role"/> (or,
    /// for "leader", in any office): the antecedent of "the Ukrainian leader", "the Russian minister".
    /// </summary>
    private static Mention? NamedHolder(RecognitionState state, string code, string role)
    {
        for (var i = state.Actors.Count - 1; i >= 0; i--)
        {
            var (mention, block, _) = state.Actors[i];
            if (state.CurrentBlock - block > AntecedentWindow)
                break;
            if (mention.Actor is not { Name: not null, Role: { } office } actor || actor.Code != code || !IsPersonRole(office) || IsInferred(mention))
                continue;
            if (role == "leader" ? actor.Sector == "GOV" && TopOffices.Contains(office) : office == role || office.EndsWith(" " + role, StringComparison.Ordinal))
                return mention;
        }
        return null;
    }

    /// <summary>
    /// The sector of a role held under a country or organisation: an organisation keeps its own ("NATO
    /// leaders" are IGO) unless the role names its forces; a country's own "agency" or "group" is part
    /// of its government, not an international body.
    /// </summary>
    private static string SectorUnder(NameEntry modifier, RolePhrase role) =>
        modifier.Organisation is { } organisation ? SectorUnder(organisation, role)
        : role.IsAnaphor ? "GOV"
        // A people whose armed groups are not the state's ("Tigrayan forces"): the lexicon gives them REB.
        : role.Sector == "MIL" && modifier.Country is { Kind: CountryPhraseKind.Demonym, Sector: "REB" } ? "REB"
        : role.Sector;

    /// <summary>
    /// An organisation's role keeps the organisation's sector unless it names forces ("NATO troops", "UN
    /// peacekeepers" are MIL); an armed group's forces are the group ("Hamas' military commander" is REB).
    /// </summary>
    private static string SectorUnder(OrganisationPhrase organisation, RolePhrase role) =>
        role.Sector != "MIL" || organisation.Sector == "REB" ? organisation.Sector : role.Sector;

    /// <summary>A role not attached to a country: a title before a known person, or "the" + role referring back.</summary>
    private int ReadRole(List<Chunk> chunks, int k, RecognitionState state)
    {
        var roleEnd = k;
        while (roleEnd < chunks.Count && chunks[roleEnd].Kind == ChunkKind.Role)
            roleEnd++;
        var role = MainRole(chunks, k, roleEnd);
        if (QualifiesANoun(chunks, roleEnd, role, state) || (roleEnd == k + 1 && IsPredicate(chunks, k, state) && !role.IsTitle))
            return roleEnd;
        // "the paramilitary Rapid Support Forces": a group noun right before an organisation's name describes it; the name is the actor.
        if (!role.IsTitle && roleEnd < chunks.Count && chunks[roleEnd].Kind == ChunkKind.Name && HasOrganisation(chunks[roleEnd].Names!))
            return roleEnd;
        if (!role.IsTitle && k > 0 && CompoundOwner(chunks[k - 1], state) is { } owner)
        {
            AddActor(state, chunks[k - 1].Start, chunks[roleEnd - 1].End,
                new ActorReference(owner.CountryCode!, owner.Organisation is { } o ? SectorUnder(o, role) : role.Sector, null, role.Role),
                (owner.Country?.Line ?? owner.Organisation!.Line).ToString());
            return roleEnd;
        }
        var (nameEnd, person, name) = ReadPersonName(chunks, roleEnd, state);
        if (person is not null)
        {
            // "Mr. Biden", "Dr. Tedros": an honorific alone says nothing of the office.
            var office = role.IsHonorific ? null : role.Role;
            AddPerson(state, chunks[k].Start, chunks[nameEnd - 1].End, person, office, office);
            return nameEnd;
        }
        // "Sheikh Mohammed said" after "Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani": an honorific and
        // the first words of a person's name the text gave earlier are that person.
        if (role.IsHonorific && name is not null && NamedEarlier(state, name) is { } earlier)
        {
            AddActor(state, chunks[k].Start, chunks[nameEnd - 1].End, earlier, "coreference");
            return nameEnd;
        }
        // "Secretary of State Jane Doe": an office only one country has; else "President Mohamed Bazoum" in
        // a story about Niger: a titled person of the country in play — or, with none in play yet, of the
        // country the sentence names after them ("Opposition candidate Jane Doe lost the vote in Peru").
        if (role.IsTitle && nameEnd > roleEnd)
        {
            var (nameStart, nameStop) = state.CharRange(chunks[roleEnd].Start, chunks[nameEnd - 1].End);
            var fullName = state.Document.Text[nameStart..nameStop];
            if ((lexicon.OnlyCountryWithOffice(role.Role) ?? ContextCountry(state, role.Sector, state.Mentions.Count)) is { } home)
                AddUnlistedPerson(state, chunks[k].Start, chunks[nameEnd - 1].End, new ActorReference(home, role.Sector, fullName, role.Role));
            else
                state.PendingPeople.Add((chunks[k].Start, chunks[nameEnd - 1].End, role, fullName, state.Mentions.Count));
            return nameEnd;
        }
        // "the Islamist group", "the militant group": one adjective may stand between "the" and an anaphor.
        var determiner = k > 0 && chunks[k - 1].Kind == ChunkKind.The ? k - 1
            : role.IsAnaphor && k > 1 && chunks[k - 2].Kind == ChunkKind.The && IsAdjective(chunks[k - 1], state) ? k - 2 : -1;
        // "the regional bloc IGAD": a name right after it is the bloc itself, read next.
        var definite = determiner >= 0 && !(roleEnd < chunks.Count && chunks[roleEnd].Kind == ChunkKind.Name && role.IsAnaphor);
        // "the military governments of Mali and Burkina Faso" say whose they are: no anaphor but a placed group.
        if (definite && roleEnd == nameEnd && !NamedOwnerFollows(state, chunks[roleEnd - 1].End) && FindAntecedent(state, role, GovernmentActedOn(state, chunks[determiner].Start, role)) is { } antecedent)
        {
            var (start, end) = state.CharRange(chunks[determiner].Start, chunks[roleEnd - 1].End);
            state.Add(new Mention(MentionKind.Actor, start, end, Name) { Actor = antecedent.Actor, Evidence = "coreference" });
        }
        else if (definite && role.IsTitle && roleEnd == nameEnd && ContextCountry(state, role.Sector, state.Mentions.Count) is { } country
                 && HolderOf(country, role.Role, state.PublicationDate) is { } holder)
        {
            // "Number 10 said the prime minister…": whoever held that office in the country in play.
            var (start, end) = state.CharRange(chunks[determiner].Start, chunks[roleEnd - 1].End);
            state.Add(new Mention(MentionKind.Actor, start, end, Name)
                { Actor = new ActorReference(country, holder.Sector, holder.Name, role.Role), Evidence = holder.Line.ToString() });
            if (start < state.DatelineStart)
                state.Cataphora.Add((state.Mentions.Count - 1, role.Role));
        }
        else if (!role.IsTitle && !role.IsAnaphor && roleEnd == nameEnd && !IsGenericNoun(chunks[k], state) && !ReadsAsVerb(chunks, k, roleEnd, state))
        {
            // A group named by its role alone ("residents", "the army") belongs to the country in play,
            // decided once the whole sentence has been read (the country may come later: "Protesters in Tbilisi").
            state.PendingGroups.Add((chunks[k].Start, chunks[roleEnd - 1].End, role, state.Mentions.Count));
        }
        return roleEnd;
    }

    /// <summary>The latest named actor whose name begins with <paramref name="firstWords"/> and goes on ("Mohammed" → "Mohammed bin Abdulrahman Al Thani").</summary>
    private static ActorReference? NamedEarlier(RecognitionState state, string firstWords)
    {
        for (var i = state.Mentions.Count - 1; i >= 0; i--)
        {
            if (state.Mentions[i].Actor is { Name: { } known } actor && known.Length > firstWords.Length
                && known[firstWords.Length] == ' ' && known.StartsWith(firstWords, StringComparison.Ordinal))
                return actor;
        }
        return null;
    }

    private static bool HasOrganisation(IReadOnlyList<NameEntry> names)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i].Kind == NameKind.Organisation)
                return true;
        }
        return false;
    }

    /// <summary>One word that can qualify a noun: lower-case ("militant") or a capitalised one the lexicons do not know ("Islamist").</summary>
    private static bool IsAdjective(Chunk chunk, RecognitionState state) =>
        chunk.End - chunk.Start == 1 && state.Document.Tokens[chunk.Start].Kind == TokenKind.Word
        && (chunk.Kind == ChunkKind.Capitalised || IsCommonWord(chunk, state));

    /// <summary>A word chunk the lexicons do not know that reads as a common word: lower-case, or any such word of a Title Case headline.</summary>
    private static bool IsCommonWord(Chunk chunk, RecognitionState state) =>
        chunk.Kind == ChunkKind.Other && state.Document.Tokens[chunk.Start].Kind == TokenKind.Word
        && (state.TitleCase || char.IsLower(state.Document.MatchText[state.Document.Tokens[chunk.Start].Start]));

    /// <summary>Up to two lower-case words before a role ("army-led", "interim"); <paramref name="at"/> itself when no role follows them.</summary>
    private static int SkipAdjectives(List<Chunk> chunks, int at, RecognitionState state)
    {
        var i = at;
        while (i < chunks.Count && i < at + 2 && IsCommonWord(chunks[i], state))
            i++;
        return i < chunks.Count && chunks[i].Kind == ChunkKind.Role ? i : at;
    }

    /// <summary>
    /// "Hamas-led fighters", "Russian-installed officials": a group led, installed or run by a country or
    /// organisation written as one hyphenated word is theirs. "Russian-backed separatists" are not (they are
    /// coded as the country they fight in, as CAMEO does), so "backed" is not among the words.
    /// </summary>
    private NameEntry? CompoundOwner(Chunk chunk, RecognitionState state)
    {
        if (chunk.Kind != ChunkKind.Capitalised && !(state.TitleCase && IsCommonWord(chunk, state)))
            return null;
        var word = Word(state.Document.MatchText, state, chunk.Start);
        var dash = word.LastIndexOf('-');
        if (dash <= 0 || !CompoundParticiples.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word[(dash + 1)..]))
            return null;
        foreach (var name in lexicon.Names.Word(word[..dash]))
        {
            if (name.Organisation is not null || name.Country?.Kind is CountryPhraseKind.Demonym or CountryPhraseKind.Name)
                return name;
        }
        return null;
    }

    private static readonly System.Collections.Frozen.FrozenSet<string> CompoundParticiples = System.Collections.Frozen.FrozenSet.Create(
        StringComparer.Ordinal, "led", "installed", "appointed", "run", "controlled", "commanded");

    /// <summary>The role a run of role chunks gives: the last one that is no honorific ("Prime Minister Sheikh …" is a prime minister).</summary>
    private static RolePhrase MainRole(List<Chunk> chunks, int start, int end)
    {
        for (var i = end - 1; i > start; i--)
        {
            if (!chunks[i].Roles![0].IsHonorific)
                return chunks[i].Roles![0];
        }
        return chunks[start].Roles![0];
    }

    /// <summary>"sworn in as Taiwan's president": a role after a verb and "as" describes someone already named; it is no new actor.</summary>
    private static bool IsPredicate(List<Chunk> chunks, int k, RecognitionState state)
    {
        var before = k - 1;
        if (before >= 0 && chunks[before].Kind == ChunkKind.The)
            before--;
        if (before < 1 || chunks[before].Kind != ChunkKind.Other || Word(state.Document.MatchText, state, chunks[before].Start) is not "as")
            return false;
        // "sworn in as", "named as", "served as" — not the conjunction of "even as officials insisted".
        var verb = Word(state.Document.MatchText, state, chunks[before - 1].End - 1);
        return verb is "in" or "serve" or "serves" or "serving" or "sworn" or "chosen" or "known" or "seen" or "taken" or "remains" or "remained"
               || (verb.Length > 3 && verb.EndsWith("ed"));
    }

    /// <summary>"military drills": a modifier noun followed by a lower-case word that is no predicate word qualifies that word.</summary>
    private bool QualifiesANoun(List<Chunk> chunks, int next, RolePhrase role, RecognitionState state)
    {
        if (!role.IsModifier || next >= chunks.Count || chunks[next].Kind != ChunkKind.Other)
            return false;
        var token = state.Document.Tokens[chunks[next].Start];
        var word = state.Document.MatchText.AsSpan(token.Start, token.Length);
        return token.Kind == TokenKind.Word && char.IsLower(word[0]) && !word.EndsWith("ed")
            && !lexicon.Actors.PredicateWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    private static ReadOnlySpan<char> Word(ReadOnlySpan<char> text, RecognitionState state, int token)
    {
        var t = state.Document.Tokens[token];
        return text.Slice(t.Start, t.Length);
    }

    private static int TokenSpanLength(RecognitionState state, Chunk chunk) =>
        state.Document.Tokens[chunk.End - 1].End - state.Document.Tokens[chunk.Start].Start;

    private void AddPerson(RecognitionState state, int firstToken, int endToken, PersonEntry person, string? office, string? role)
    {
        var term = person.TermAt(state.PublicationDate, office);
        // A term the person did not yet (or no longer) hold on the day names who they are, not their office then.
        var held = state.PublicationDate is not { } day || term.Covers(day);
        var actor = new ActorReference(term.Code, term.Sector, person.Name, role ?? (held ? term.Office : null));
        AddActor(state, firstToken, endToken, actor, term.Line.ToString());
        // "Castro" alone, after "President Xiomara Castro": the lexicon keeps no bare surname several people share.
        if (!state.PeopleNamed.Exists(p => p.Name == person.Name))
            state.PeopleNamed.Add(actor);
    }

    private void AddActor(RecognitionState state, int firstToken, int endToken, ActorReference actor, string? evidence)
    {
        var (start, end) = state.CharRange(firstToken, endToken);
        state.Add(new Mention(MentionKind.Actor, start, end, Name) { Actor = actor, Evidence = evidence });
    }

    /// <summary>A titled person the lexicon does not know, whose surname alone may name them later.</summary>
    private void AddUnlistedPerson(RecognitionState state, int firstToken, int endToken, ActorReference person)
    {
        AddActor(state, firstToken, endToken, person, "context");
        state.PeopleNamed.Add(person);
    }

    private void AddPlace(RecognitionState state, int firstToken, int endToken, Places.PlaceEntry place)
    {
        var (start, end) = state.CharRange(firstToken, endToken);
        state.Add(new Mention(MentionKind.Place, start, end, Name) { Place = PlaceReference.From(place), Evidence = place.Line.ToString() });
    }
}
