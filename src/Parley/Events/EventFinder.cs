using System.Collections.Frozen;
using Parley.Documents;
using Parley.Mentions;
using Parley.Pipeline;

namespace Parley.Events;

/// <summary>
/// The "events" component: finds the words that carry an event (<c>events/patterns.tsv</c>) and gives
/// each event its parties, place and date from the mentions of its sentence:
/// <list type="bullet">
/// <item>the actor is the nearest actor named before the cue that is not inside a prepositional phrase,
/// with the actors coordinated to it ("China and Russia held drills");</item>
/// <item>the recipient is the first actor after the cue in the same clause, or for visits the country of
/// the place the visitor arrives in; "X hosted Y" and passives ("was attacked by Y") swap the two;</item>
/// <item>a noun cue ("aid", "the invasion") takes only the parties right beside it ("US aid to Ukraine");</item>
/// <item>an event whose sentence names no actor (a pronoun, a noun like "the talks") takes the parties of
/// the event told just before it;</item>
/// <item>place and date are the nearest place and date mentions of the sentence.</item>
/// </list>
/// </summary>
public sealed partial class EventFinder(EventLexicon lexicon, EntityLexicon names) : IPipelineComponent
{
    // How far after a cue its object may start, in tokens.
    private const int ObjectReach = 8;

    // Words after which a noun is the occasion of the verb, not what it acts on: "arrived for talks", "arrest him during his visit",
    // "agree truce at Cairo talks".
    private static readonly FrozenSet<string> ThemeBreaks = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "for", "at", "during", "after", "before", "since", "amid", "despite", "following", "ahead");

    // Words before a verb that are not the noun a participle describes: "they committed to", "was handed to".
    private static readonly FrozenSet<string> NotNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "they", "he", "she", "it", "we", "who", "which", "that", "and", "or", "but", "yet", "also", "then", "later", "reportedly", "was", "were",
        "is", "are", "be", "been", "being", "has", "have", "had", "not", "never", "formally", "officially", "finally", "jointly", "quickly", "swiftly", "recently",
        "briefly", "temporarily", "initially", "allegedly", "forcibly", "illegally", "unlawfully", "arbitrarily");

    // A noun's own parties stand close to it: "US aid", "Russia's full-scale invasion", "aid to Ukraine".
    private const int NounReach = 3;

    // A mediator's parties, when its sentence names no pair, are those of an act told at most this many sentences before.
    private const int MediatedActReach = 2;

    // The cue naming what is given stands close after whom it goes to: "granted Armenia a new loan".
    private const int GivenObjectReach = 4;

    // A noun's actor may stand a little further off, as the subject of a light verb ("launched a major new offensive").
    private const int NounSubjectReach = 6;

    /// <summary>How many words a participle clause may run from its comma to the cue ("setting fires and looting").</summary>
    private const int ParticipleChainReach = 5;

    // How far after a passive cue its "by" may stand ("were imposed on Russia's two biggest oil companies, Rosneft and Lukoil, by").
    private const int AgentReach = 12;

    // How far before a cue a demonym may modify its words ("Russian cruise missile hit", "Chinese coast guard ships blocked").
    private const int ModifierReach = 4;

    // How far after a verb cue a noun cue may stand and still be what the verb acts on.
    private const int ThemeReach = 4;

    private static readonly FrozenSet<string> Prepositions = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "of", "in", "at", "on", "with", "to", "from", "for", "against", "by", "into", "near", "across", "between", "among",
        "after", "before", "over", "under", "about", "towards", "toward", "than", "like", "including");

    // Prepositions whose object is what an act is about: "share intelligence on Chinese naval movements".
    private static readonly FrozenSet<string> TopicPrepositions = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "on", "about");

    // Prepositions before the place something is sent to: "deliver food to El Fasher", "airdropping food into Gaza".
    private static readonly FrozenSet<string> DestinationPrepositions = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "to", "into", "for");

    // Prepositions whose object is a party to the event, not its setting: "aid to", "a loan for", "sanctions on".
    private static readonly FrozenSet<string> PartyPrepositions = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "to", "for", "on", "against", "with");

    // How far after a verb cue a party named after one of those prepositions may start, past a long object.
    private const int FarObjectReach = 14;

    // Words opening a supposition, whose clause answers nothing said before it: "if the M23 refuses".
    private static readonly FrozenSet<string> Conditionals = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "if", "unless", "whether");

    // Common nouns that name again a place told before: "blockaded the city", "took control of the territory".
    private static readonly FrozenSet<string> PlaceNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "city", "territory", "island", "enclave", "country", "capital", "strip", "region", "town", "port", "peninsula", "province");

    private static readonly FrozenSet<string> PlaceDeterminers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "the", "this");

    // Words after the last name of a list that carry it on: "aid to Ukraine, Israel and partners in the Indo-Pacific".
    private static readonly FrozenSet<string> ListContinuations = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "and", "or");

    // Words before "with" (or alone) that make whom they name a companion of the subject: "together with Egypt", "alongside Russian troops".
    private static readonly FrozenSet<string> CompanionWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "together", "along", "jointly", "alongside");

    // Pronouns standing for a person as an object: "barred him", "granted her asylum".
    private static readonly FrozenSet<string> PersonalObjects = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "him", "her");

    // Words that open a clause whose object is the noun before them: "a truce, which Moscow rejected".
    private static readonly FrozenSet<string> ObjectRelatives = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "which", "whom", "that");

    // Words that open a noun phrase: "a response Washington called unacceptable", "the sanctions the bloc imposed".
    private static readonly FrozenSet<string> NounDeterminers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "a", "an", "the", "its", "their", "his", "her", "this", "these", "those", "any");

    private static readonly FrozenSet<string> Conjunctions = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "and", "or", "but", "because", "so", "as", "if", "than", "then");

    // How many words a noun phrase may hold after its determiner ("a 30-day ceasefire").
    private const int NounPhraseReach = 4;

    // Words that are prepositions before a noun but conjunctions before a clause: "after the talks" / "after Kyiv declined".
    private static readonly FrozenSet<string> Subordinators = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "after", "before", "since", "until", "as", "than");

    // Words that open a clause or an adjunct no object lies beyond. Not "that": "warned that Moscow would face
    // sanctions", "demanded that Ruto resign" are addressed to the subject of their clause.
    private static readonly FrozenSet<string> ClauseOpeners = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "after", "before", "since", "until", "while", "because", "when", "amid", "despite", "following", "during",
        "whether", "if", "unless", "who", "which");

    // Prepositions whose object is a setting ("sent a delegation to the talks", "at the summit") or a time
    // ("after the Jeddah meeting", "ahead of the talks"). Not "of": "weeks of negotiations" tells that they took place.
    private static readonly FrozenSet<string> SettingPrepositions = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "to", "at", "after", "before", "following", "ahead", "since");

    // Words after a meeting noun that name who meets: "talks with Iran", "a meeting of foreign ministers".
    private static readonly FrozenSet<string> OwnParties = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "of", "with", "between", "among");

    // How far before a meeting noun its preposition may stand ("to the long-awaited talks").
    private const int SettingReach = 4;

    // Words that may stand between an attack and what it did ("attacks in 2001 killed", "attack that killed",
    // "were killed in the attacks"); any other lower-case word may too, an actor may not.
    private static readonly FrozenSet<string> OutcomeJoiners = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "in", "on", "that", "which", "the", "a", "an", "has", "have", "had", "also", "reportedly", "by");

    // How far apart an attack and its outcome may stand, in tokens.
    private const int OutcomeReach = 6;

    // Words with which protesters say what they want done, and by whom: "demanding that French troops leave", "to demand
    // that". Not a finite "demanded", the act of a clause of its own ("said they would keep protesting and demanded that Ruto resign").
    private static readonly FrozenSet<string> DemandWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "demand", "demanding", "urging");

    // How far after a protest's cue its demand may stand ("gathered outside a French military base in Niamey on Saturday, demanding").
    private const int DemandReach = 16;

    // How far after a protest's "demanding that" the act demanded may stand ("that Prime Minister Milos Vucevic resign").
    private const int DemandedActReach = 8;

    private static readonly FrozenSet<string> Articles = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "a", "an", "the");

    // Verbs of warning, a threat only by what they say will be done: "warned that Russia would strike".
    private static readonly FrozenSet<string> WarningVerbs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "warn", "warns", "warned", "cautioned", "cautions");

    // Pronouns that stand for a party as the subject of what is said: "warned that it would respond".
    private static readonly FrozenSet<string> PartyPronouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "it", "they", "he", "she", "we");

    private static readonly FrozenSet<string> BeForms = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "is", "are", "was", "were", "be", "been", "being", "got", "get", "gets");

    private static readonly FrozenSet<string> Joiners = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, ",", "and", "the", "both", "as", "well");

    private static readonly FrozenSet<string> ClauseBreaks = FrozenSet.Create(StringComparer.Ordinal, ";", ":", "(", ")", "\u2014", "\u2013");

    /// <summary>A finder using the shipped lexicons.</summary>
    public EventFinder() : this(EventLexicon.Shipped, EntityLexicon.Shipped) { }

    /// <inheritdoc />
    public string Name => "events";

    /// <inheritdoc />
    public IReadOnlyList<string> Requires => [Annotations.Tokens, Annotations.Sentences, Annotations.Mentions];

    /// <inheritdoc />
    public IReadOnlyList<string> Assigns => [Annotations.Events];

    /// <inheritdoc />
    public void Process(Document document, CancellationToken cancellationToken)
    {
        var events = new List<PloverEvent>();
        var cursor = 0;
        for (var s = 0; s < document.Sentences.Length; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sentence = document.Sentences[s];
            var found = new List<(PloverEvent Event, int First, int End)>();
            for (var i = sentence.FirstToken; i < sentence.EndToken;)
            {
                var (end, patterns) = lexicon.Patterns.LongestAt(document, i, sentence.EndToken);
                if (end < 0 || IsWordOfName(document, sentence, i, patterns))
                {
                    i++;
                    continue;
                }
                var trigger = new TextSpan(document.Tokens[i].Start, document.Tokens[end - 1].End);
                // Words a NONE pattern claims name no event, whatever else matches them as long.
                foreach (var pattern in patterns.Exists(p => p.Category.Type == EventCategory.None) ? [] : patterns)
                {
                    var e = new PloverEvent(pattern, trigger, s);
                    e.Explanations["type"] = $"events: pattern '{pattern.Text}' ({pattern.Line})";
                    found.Add((e, i, end));
                }
                i = end;
            }
            // The cues of acts a demand, an agreement or a charge tells, dropped as events below, still mark where those
            // acts begin: a place after them is theirs ("urged Trump to visit Ukraine" is not made in Ukraine).
            var matched = found.Count > 1 ? found.Select(f => (f.First, f.End)).ToList() : null;
            found.RemoveAll(f => f.Event.Category.Type == "THREATEN" && f.Event.Pattern.Form == EventForm.Verb && IsForecast(document, f.First, f.End, sentence)
                                 && !found.Exists(g => g.First > f.End));
            found.RemoveAll(f => OrdersForcesToAct(document, f, found));
            DropProtestDemands(document, sentence, found);
            DropMeetingTopics(document, sentence, found);
            DropDemandedActs(document, sentence, found);
            DropStatementContents(document, sentence, found);
            AbsorbThemes(document, found);
            AbsorbOutcomes(document, found);
            found.RemoveAll(f => IsNounModifier(document, f.First, f.End) && !IsNewMediation(f, found, events) || ModifiesNounAfterArticle(document, f.Event.Pattern, f.First, names.Actors.EquipmentNouns)
                                 || ComplementsNoun(document, f.Event.Pattern, f.First, sentence, found) || DescribesNounBefore(document, f, found)
                                 || IsArrivalOfLoad(document, f, sentence));
            AddRelativeSanctions(document, sentence, s, found);
            if (found.Count == 0)
                continue;
            var mentions = MentionSpan.InSentence(document, sentence, ref cursor);
            var cues = found.Select(f => (f.First, f.End)).ToList();
            var clause = new SentenceClauses(document, sentence, mentions, cues, matched ?? cues);
            foreach (var f in found)
                f.Event.IsReference = IsSetting(document, f, sentence) || IsToll(clause, f, found, events) || IsRetold(document, f, found, events, sentence)
                                      || IsFirstSince(document, f.First, sentence) || IsAttributiveParticiple(document, f)
                                      || RetellsNounInRelative(document, f, found) || RetellsInApposition(document, f, found, sentence);
            foreach (var (e, first, end) in found)
            {
                var condemned = AssignParties(clause, e, first, end, found);
                SeizureBySecurityForces(e);
                RiotByCrowds(clause, e);
                OwnersOfMembership(clause, e);
                if (e.Actors.Count == 0 && ModifierName(document, Math.Max(sentence.FirstToken, first - ModifierReach), first, e) is { } modifier)
                {
                    e.Actors.Add(modifier.Participant);
                    e.Explanations["actor"] = $"events: the name modifying the cue's words ({modifier.Line})";
                    // "British and U.S. jets bombed": a second name joined by "and" acts too.
                    var and = first - ModifierReach;
                    while (and < first && (and < sentence.FirstToken || document.Tokens[and].Start < modifier.Participant.End))
                        and++;
                    AddModifierAfterAnd(clause, e, and, first);
                }
                else if (e.Actors.Count > 0 && SuspendedHyphenAfter(clause, e.Actors[^1], first) is { } hyphen)
                    AddModifierAfterAnd(clause, e, hyphen + 1, first);
                TargetOwnersOfDefences(document, e, first);
                // A gap in the cue may hold the object it names: "disconnected from the Russian power grid".
                var objectStart = e.Pattern.Text.Contains("...", StringComparison.Ordinal) ? first + 1 : end;
                if (e.Recipients.Count == 0 && e.Pattern.Roles == RoleFrame.SubjectObject
                    && ModifierName(document, objectStart, ObjectStretchEnd(clause, objectStart, Math.Min(sentence.EndToken, end + ObjectReach)), e) is { } target
                    && !e.Actors.Exists(a => a.Code == target.Participant.Code))
                {
                    e.Recipients.Add(target.Participant);
                    e.Explanations["recipient"] = $"events: the name modifying the object after the cue ({target.Line})";
                }
                AssignPlaceAndDate(clause, e, first, end);
                StrikePlaceNamedAgain(clause, e, first, end);
                if (e.Recipients.Count == 0 && SeatOfPowerTargeted(clause, e, end) is { } seat)
                {
                    e.Recipients.Add(seat.Participant);
                    e.Explanations["recipient"] = "events: " + seat.How;
                }
                if (e.Actors.Count == 0 && e.Category.PlaceIsHome && e.Location is { Place.Country: { } home } place)
                {
                    e.Actors.Add(new Participant(place.Start, place.End, home, "CVL", null));
                    e.Explanations["actor"] = "events: no actor named; people of the place where it happens";
                }
                if (e.Recipients.Count == 0 && e.Actors.Count > 0 && e.Category is { Type: "CONSULT", Mode: "third-party" }
                    && MediatedParties(clause, first, e.Actors) is { Count: > 0 } parties)
                {
                    foreach (var party in parties)
                        Add(e.Recipients, party);
                    e.Explanations["recipient"] = "events: a third party goes between the parties the sentence names together";
                }
                TakePartiesOfTalks(e, found);
                // A seizure, arrest or blockade whose doer goes unnamed ("masked men seized two officials") is seldom
                // the work of whoever acted just before (a strike, a visit): only an earlier act of its kind lends it parties.
                if (e.Actors.Count == 0 && !GatheringOfMany(e) && !(condemned && IsUnascribedJustice(e)))
                    CarryParties(events, e, document, condemned || e.Category.Type == "COERCE");
                if (e.Recipients.Count == 0 && e.Pattern.Roles == RoleFrame.SubjectObject && e.Pattern.Form == EventForm.Verb
                    && UnnamedPeople(clause, objectStart, end, e) is { } people)
                {
                    e.Recipients.Add(people.Participant);
                    e.Explanations["recipient"] = "events: " + people.How;
                }
                if (e.Recipients.Count == 0 && e.Pattern.Roles == RoleFrame.SubjectObject && e.Pattern.Form == EventForm.Verb
                    && PossessedObjectOwner(clause, first, end, e) is { } owner)
                {
                    Add(e.Recipients, owner);
                    e.Explanations["recipient"] = "events: the object is the people of a party named before (\"its inspectors\")";
                }
                if (e.Recipients.Count == 0 && HostagesOfTheOtherSide(clause, e, events) is { } hostages)
                {
                    e.Recipients.Add(hostages);
                    e.Explanations["recipient"] = "events: hostages one side frees are the people of the side it fights";
                }
                // Two-sided violence ("border fighting", "clashes") strikes no one side, so its place names no victim; nor
                // does a threat, which strikes no one yet: where it is made ("Russia's embassy in Canberra warned") is its setting.
                if (e.Recipients.Count == 0 && e.Category.PlaceIsTarget && e.Pattern.Roles != RoleFrame.Parties && e.Category.Type != "THREATEN"
                    && e.Location is { Place.Country: { } struck } scene && !names.IsBasingVerb(document.MatchWord(first))
                    && !IsSceneTakenTo(clause, e, end, scene.Start)
                    && (!e.Actors.Exists(a => a.Code == struck) || StrikesUnnamedPeople(clause, e, first, end) || StrikesPeopleAtHome(e)))
                {
                    e.Recipients.Add(new Participant(scene.Start, scene.End, struck, "CVL", null));
                    e.Explanations["recipient"] = "events: no one named as hit; the people of the place where it happens";
                }
                DropTopics(document, e, end, sentence);
                ReactToAct(document, e, first, end, sentence, events, found);
                FollowLikeAct(document, e, first, end, sentence, events, found);
                AimAtCounterpart(events, e);
                GiveToBeneficiary(document, e, first, end, events);
            }
            // Who arrives is known once the actors are: only then can an arrival be told apart from a visit.
            found.RemoveAll(f => IsArrivalOfPeople(clause, f));
            foreach (var f in found)
                LinkClauses(clause, f, found);
            // After every event of the sentence has its parties: a meeting's mode depends on the visit the sentence tells.
            foreach (var f in found)
                SettleHost(f.Event, found);
            foreach (var f in found)
                GiveToHost(document, f, found);
            foreach (var f in found)
                DropActorAsRecipient(f.Event);
            foreach (var f in found)
                DropForcesOrigin(document, f.Event, f.End);
            foreach (var f in found)
                MediateBetweenSidesBefore(document, f, found, events);
            foreach (var f in found)
                GiveHeldPeople(document, f.Event, found);
            ThreatenOnCondition(document, sentence, mentions, found);
            events.AddRange(found.Select(f => f.Event));
        }
        GiveToReceiverOfStoryAid(document, events);
        document.Events = [.. events];
    }

    /// <summary>
    /// "Police stormed the embassy", "troops storm palace square": soldiers and police who break into a place take it
    /// by force for the state (PLOVER COERCE, seize); so do gunmen and rebels, who take it from the state ("gunmen
    /// storm presidential offices"). A riot is done by crowds, never by armed men.
    /// </summary>
    private void SeizureBySecurityForces(PloverEvent e)
    {
        if (e.Category is { Type: "PROTEST", Mode: "riot" } && e.Actors.Count > 0 && e.Actors.TrueForAll(a => a.Sector is "MIL" or "POL" or "REB"))
        {
            e.Category = e.PloverCategory = lexicon.Category("COERCE", "seize");
            e.Explanations["type"] += "; done by soldiers, police or armed men, it is a seizure, not a riot";
        }
    }

    /// <summary>
    /// A party does not cooperate with itself: "reaffirmed Washington's commitment" or "its defence upgrades" name the
    /// actor again, not a recipient. Conflict can set one party against a part of itself coded alike (a government
    /// ousting its own ministers, factions of one army), and the same country is on both sides of any event when the
    /// sectors differ (police detaining protesters), so only cooperative events (a positive PLOVER score) lose such a recipient.
    /// It goes here, where the event is coded, not at the merge (which drops a joint act's own recipients): later events
    /// that carry this one's parties must not carry it either.
    /// </summary>
    private static void DropActorAsRecipient(PloverEvent e)
    {
        if (e.Category.Score > 0 && !IsVisitToPlace(e)
            && e.Recipients.RemoveAll(r => e.Actors.Exists(a => a.Code == r.Code && a.Sector == r.Sector)) > 0 && e.Recipients.Count == 0)
            e.Explanations.Remove("recipient");
    }

    /// <summary>
    /// "Taiwan and the United States will share intelligence on Chinese naval movements": what countries do together is
    /// done with each other; whom the words name after "on" or "about" is its topic, not a recipient.
    /// </summary>
    private static void DropTopics(Document document, PloverEvent e, int end, Sentence sentence)
    {
        if (e.Category.Type != "COOPERATE" || e.Recipients.Count == 0 || e.Actors.DistinctBy(a => a.Code).Count() < 2)
            return;
        var topic = -1;
        for (var i = end; i < sentence.EndToken && topic < 0; i++)
        {
            if (Prepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(i)))
                topic = TopicPrepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(i)) ? document.Tokens[i].End : int.MaxValue;
        }
        if (e.Recipients.RemoveAll(r => r.Start >= topic) > 0 && e.Recipients.Count == 0)
            e.Explanations.Remove("recipient");
    }

    /// <summary>
    /// A noun event right after a verb event is usually what the verb acts on, and a verb after "to" what the
    /// event before it intends — "paused military aid to
    /// Ukraine", "pledged new aid", "signed an agreement" — not an event of its own, so it is dropped and the
    /// verb reaches past it for its recipient. Accusations keep theirs: "accused Russia of attacks" reports
    /// the attacks as a claim, coded on their own.
    /// </summary>
    private static void AbsorbThemes(Document document, List<(PloverEvent Event, int First, int End)> found)
    {
        for (var k = found.Count - 1; k > 0; k--)
        {
            var noun = found[k];
            // A verb after "to" is the content of the event before it: "agreed to reopen", "offered to halt strikes".
            var infinitive = noun.Event.Pattern.Form == EventForm.Verb && noun.First > 0
                             && document.MatchWord(noun.First - 1).Equals("to", StringComparison.OrdinalIgnoreCase);
            // So is one joined to such an infinitive: "urged both sides to show restraint and return to the dialogue".
            if (noun.Event.Pattern.Form == EventForm.Verb && !infinitive && CoordinatedInfinitive(document, noun.First) is { } to
                && found.FindLast(f => f.End <= to) is { Event: not null } asker && asker.Event.Category.Type != "ACCUSE" && to - asker.End <= ObjectReach
                && !Enumerable.Range(asker.End, to - asker.End).Any(i => document.Tokens[i].Kind is TokenKind.Punctuation or TokenKind.Terminal))
            {
                found.RemoveAt(k);
                continue;
            }
            // A gerund after "on" or "about" is the topic of the event before it: "froze talks on joining the European Union".
            var topic = noun.Event.Pattern.Form == EventForm.Verb && noun.First > 0 && document.MatchWord(noun.First).EndsWith("ing", StringComparison.OrdinalIgnoreCase)
                        && TopicPrepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(noun.First - 1));
            if (noun.Event.Pattern.Form != EventForm.Noun && !infinitive && !topic)
                continue;
            var verb = found.FindLast(f => f.End <= noun.First && (infinitive || topic || f.Event.Pattern.Form == EventForm.Verb));
            if (verb.Event is null || verb.Event.Category.Type == "ACCUSE" || noun.First - verb.End > ThemeReach || ViolenceKilledIn(document, verb, noun)
                || OccasionIn(document, verb, noun) || SubjectOfThatClause(document, verb, noun)
                || Enumerable.Range(verb.End, noun.First - verb.End).Any(i => document.Tokens[i].Kind is TokenKind.Punctuation or TokenKind.Terminal
                    || ThemeBreaks.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(i))))
                continue;
            found.RemoveAt(k);
        }
    }

    /// <summary>
    /// "were killed in clashes between farmers and herders", "were killed in an exchange of fire with police": violence named
    /// bare or with "a" right after "in" is the act the dead of the verb before it were killed in, which
    /// <see cref="AbsorbOutcomes"/> keeps in place of the killing. ("killed in the fighting" retells violence told before,
    /// which the killing counts as its toll.)
    /// </summary>
    private static bool ViolenceKilledIn(Document document, (PloverEvent Event, int First, int End) verb, (PloverEvent Event, int First, int End) noun)
    {
        if (verb.Event.Category.Type != "ASSAULT" || noun.Event.Category.Type != "ASSAULT" || !document.MatchWord(verb.End).Equals("in", StringComparison.OrdinalIgnoreCase))
            return false;
        var start = verb.End + 1;
        if (start < noun.First && document.MatchWord(start) is "a" or "an")
            start++;
        return noun.First == start && !NounDeterminers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(noun.First));
    }

    /// <summary>
    /// "freed 24 prisoners in a swap", "apologised to Aliyev in a phone call": a noun event right after "in" (and its
    /// determiner) is the occasion the verb's act took place in, told as an event of its own, not what the verb acts on.
    /// Violence killed in violence is left to <see cref="AbsorbOutcomes"/> ("killed in the clashes" is their toll).
    /// </summary>
    private static bool OccasionIn(Document document, (PloverEvent Event, int First, int End) verb, (PloverEvent Event, int First, int End) noun)
    {
        if (noun.Event.Pattern.Form != EventForm.Noun || verb.Event.Category.Type == "ASSAULT" && noun.Event.Category.Type == "ASSAULT")
            return false;
        return OpensNounPhrase(document, verb, noun, "in");
    }

    /// <summary>
    /// "warned on Monday that the fighting could resume": a noun event that is the subject of a "that" clause after the
    /// verb is an act the clause tells of its own (hypothetical by its modal), as an accusation keeps the attacks it
    /// tells; it is not what the verb acts on. One in the clause's object stays the verb's theme: "warned that Moscow
    /// could face new sanctions" is a threat of sanctions.
    /// </summary>
    private static bool SubjectOfThatClause(Document document, (PloverEvent Event, int First, int End) verb, (PloverEvent Event, int First, int End) noun) =>
        OpensNounPhrase(document, verb, noun, "that");

    /// <summary>Whether <paramref name="word"/>, after the verb, stands right before the noun cue or its determiner ("in a swap", "that the fighting").</summary>
    private static bool OpensNounPhrase(Document document, (PloverEvent Event, int First, int End) verb, (PloverEvent Event, int First, int End) noun, string word)
    {
        var before = noun.First - 1;
        if (before > verb.End && NounDeterminers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(before)))
            before--;
        return before >= verb.End && document.MatchWord(before).Equals(word, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The "to" of the infinitive a verb at <paramref name="verb"/> is joined to by "and" or "or" ("to respect international law
    /// and return"), within one phrase; null when there is none. The verb is a bare form ("and vowed" is a finite verb of
    /// the subject), and the "to" is followed by a verb, not a name, number or article ("invite Netanyahu to Budapest and ignore").
    /// </summary>
    private static int? CoordinatedInfinitive(Document document, int verb)
    {
        if (verb < 2 || document.MatchWord(verb - 1) is not ("and" or "or") || document.MatchWord(verb).EndsWith("ed", StringComparison.OrdinalIgnoreCase))
            return null;
        for (var i = verb - 2; i >= 0 && verb - i <= CoordinatedInfinitiveReach; i--)
        {
            if (document.Tokens[i].Kind is TokenKind.Punctuation or TokenKind.Terminal)
                return null;
            if (!document.MatchWord(i).Equals("to", StringComparison.OrdinalIgnoreCase))
                continue;
            var next = document.MatchWord(i + 1);
            return document.Tokens[i + 1].Kind == TokenKind.Word && char.IsLower(next[0]) && !NounDeterminers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(next)
                ? i : null;
        }
        return null;
    }

    // How far before "and" the "to" of the infinitive it continues may stand ("to respect international law and").
    private const int CoordinatedInfinitiveReach = 6;

    /// <summary>
    /// "Allies warned that the goal would be hard to meet", "others warn that differences could slow progress": a
    /// warning is a threat when what it says is done by a party ("warned that Tehran would respond", "that Moscow
    /// could face sanctions") or tells an act ("that any attack would meet a response"); one whose "that" clause is
    /// about a thing or a state of affairs only foresees. Not one with its addressee ("warned Kyiv that it would
    /// pay a price"). This tells whether the clause's subject is no party; the caller checks it tells no act.
    /// </summary>
    private static bool IsForecast(Document document, int first, int end, Sentence sentence)
    {
        if (end - first != 1 || end + 1 >= sentence.EndToken || !WarningVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(first))
            || !document.MatchWord(end).Equals("that", StringComparison.OrdinalIgnoreCase))
            return false;
        var subject = end + 1;
        if (NounDeterminers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(subject)) && subject + 1 < sentence.EndToken)
            subject++;
        return !PartyPronouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(subject))
               && !Covered(document, document.Tokens[subject], MentionKind.Actor)
               && !document.Mentions.Any(m => m.Place?.Kind is Places.PlaceKind.Country && m.Start <= document.Tokens[subject].Start && document.Tokens[subject].End <= m.End);
    }

    /// <summary>
    /// "ordered his security forces to suspend intelligence exchanges", "ordered troops to pull back": forces commanded
    /// (<c>events/command-verbs.tsv</c>) to do an act the sentence tells are not deployed; the act commanded is the event
    /// (forces ordered "to the border" or "to be ready" still are).
    /// </summary>
    private bool OrdersForcesToAct(Document document, (PloverEvent Event, int First, int End) order, List<(PloverEvent Event, int First, int End)> found) =>
        order.Event.Category.Type == "MOBILIZE" && order.Event.Pattern.Form == EventForm.Verb
        && lexicon.CommandVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(order.First))
        && order.End < document.Tokens.Length && EventPatternMatcher.OpensInfinitive(document, order.End)
        && found.Exists(f => f.First == order.End + 1);

    /// <summary>
    /// "the strike killed seven officers", "a rocket attack that killed four soldiers", "people were killed in
    /// attacks on the camp": the killing is what the named attack did, told with it — one event, the attack's.
    /// A verb of violence whose subject (or, passive, whose "in"/"by" phrase) is the attack is dropped.
    /// </summary>
    private static void AbsorbOutcomes(Document document, List<(PloverEvent Event, int First, int End)> found)
    {
        for (var k = found.Count - 1; k >= 0; k--)
        {
            var verb = found[k];
            if (verb.Event.Pattern.Form != EventForm.Verb || verb.Event.Category.Type != "ASSAULT")
                continue;
            // The attack may be worded as a noun or a verb form used as one ("Israeli strikes … killed").
            var cause = found.Exists(f => f.Event != verb.Event && f.Event.Category.Type == "ASSAULT"
                && (f.End <= verb.First && Adjoins(document, f.End, verb.First, OutcomeJoiners)
                    || f.First >= verb.End && f.First - verb.End <= OutcomeReach && document.MatchWord(verb.End) is "in" or "by"
                       && Adjoins(document, verb.End, f.First, OutcomeJoiners)));
            if (cause)
                found.RemoveAt(k);
        }
    }

    /// <summary>
    /// "At least 35 people were killed", "Thousands have been killed in this year's fighting": a casualty word in
    /// the passive with no "by" phrase counts the dead of violence the document tells already (before it, or
    /// elsewhere in its sentence); it names that violence and tells no event of its own. With no violence told,
    /// it stays the event ("Haniyeh was killed in Tehran"). So does "hundreds were reported killed", and the dead of a
    /// relative clause on an attack noun: "in a raid that health officials said killed 270 people".
    /// </summary>
    private bool IsToll(SentenceClauses clause, (PloverEvent Event, int First, int End) cue, List<(PloverEvent Event, int First, int End)> found, List<PloverEvent> earlier)
    {
        var e = cue.Event;
        if (e.Category.Type != "ASSAULT" || e.Pattern.Form != EventForm.Verb || cue.End - cue.First != 1
            || lexicon.QuantityWords.LongestAt(clause.Document, cue.First, cue.End) is not { } word || !word.Values.Any(w => w.Kind == QuantityWordKind.Fate))
            return false;
        if (KilledInAttackNamed(clause, cue.First, found) || KilledByAttackSubject(clause, cue.First, found))
            return true;
        var passive = IsPassiveForm(clause, cue.First) || (clause.Is(cue.First - 2, BeForms) && clause.Is(cue.First - 1, ReportedParticiples));
        if (!passive || AgentPhrase(clause, cue.First, cue.End, e.Pattern.Roles) >= 0)
            return false;
        return earlier.Exists(k => k.Category.Type == "ASSAULT") || found.Exists(f => f.Event != e && f.Event.Category.Type == "ASSAULT");
    }

    // Words of report between a be-form and a casualty word: "were reported killed", "are feared dead".
    private static readonly FrozenSet<string> ReportedParticiples = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "reported", "feared", "believed", "said", "confirmed", "thought");

    /// <summary>
    /// "a raid that Gaza health officials said killed 270 Palestinians": the relative clause of an attack before the casualty
    /// word counts its dead (whatever form the attack's pattern has: "raid" is a verb too).
    /// </summary>
    private static bool KilledInAttackNamed(SentenceClauses clause, int fate, List<(PloverEvent Event, int First, int End)> found) =>
        found.Exists(f => f.Event.Category.Type == "ASSAULT" && f.End < fate && fate - f.End <= TollRelativeReach
                          && clause.Is(f.End, ObjectRelatives) && !Enumerable.Range(f.End, fate - f.End).Any(i => clause.Word(i) is "," || clause.Is(i, ClauseBreaks)));

    // How far after an attack noun its relative clause's casualty word may stand: "a raid that Gaza health officials said killed".
    private const int TollRelativeReach = 8;

    /// <summary>
    /// "A missile and drone attack on Kyiv killed at least 30 people", "An air strike on a market in El Geneina killed 23": an
    /// attack named as the subject of an active casualty verb (the attack, then only the place or target it was on) is the
    /// act those dead were killed in. A verb of violence cannot stand there ("Russia attacked on Kyiv killed" is no clause),
    /// so whatever the attack's pattern form it is a noun here, and the casualty word is its toll.
    /// </summary>
    private static bool KilledByAttackSubject(SentenceClauses clause, int fate, List<(PloverEvent Event, int First, int End)> found)
    {
        if (clause.Is(fate - 1, BeForms) || clause.Word(fate).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
            return false;
        return found.Exists(f => f.Event.Category.Type == "ASSAULT" && f.End <= fate && fate - f.End <= TollRelativeReach
                                 && (f.End == fate || clause.Is(f.End, TargetPrepositions) || clause.Is(f.End - 1, TargetPrepositions))
                                 && !clause.CueBetween(f.End, fate)
                                 && !Enumerable.Range(f.End, fate - f.End).Any(i => clause.Word(i) is "," || clause.Is(i, ClauseBreaks) || clause.Is(i, ObjectRelatives) || clause.Is(i, BeForms)));
    }

    // The prepositions that lead what an attack was on: "an attack on Kyiv", "strikes across the Gaza Strip".
    private static readonly FrozenSet<string> TargetPrepositions = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "on", "in", "against", "at", "near", "across", "targeting");

    /// <summary>
    /// "The death toll from the attack rose", "condemned the strike", "killed 12 villagers in an ambush": an attack named
    /// by one noun after "the" or "this" is violence the document has told already, and one after "in a" is the act a verb
    /// of violence before it in the sentence tells. It joins that violence and tells no attack of its own.
    /// </summary>
    private static bool IsRetold(Document document, (PloverEvent Event, int First, int End) cue, List<(PloverEvent Event, int First, int End)> found,
        List<PloverEvent> earlier, Sentence sentence)
    {
        // One word after a determiner is a noun whatever its pattern's form: "the attack", "an ambush".
        if (cue.Event.Category.Type != "ASSAULT" || cue.End - cue.First != 1)
            return false;
        var toldBefore = found.Where(f => f.End <= cue.First && f.Event.Category.Type == "ASSAULT").ToList();
        for (var i = cue.First - 1; i >= sentence.FirstToken && cue.First - i <= RetoldModifiers + 1; i--)
        {
            var word = document.MatchWord(i);
            if (RetellingDeterminers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
                return toldBefore.Count > 0 || earlier.Exists(k => k.Category.Type == "ASSAULT");
            if (Articles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
                return i > sentence.FirstToken && document.MatchWord(i - 1).Equals("in", StringComparison.OrdinalIgnoreCase)
                       && toldBefore.Exists(f => f.Event.Pattern.Form == EventForm.Verb);
            if (document.Tokens[i].Kind != TokenKind.Word || !char.IsLower(word[0]))
                return false;
        }
        return false;
    }

    /// <summary>
    /// "The freed prisoners were driven to the border", "a convicted criminal": a one-word past participle between a
    /// determiner and a lower-case noun describes that noun, as an adjective would. It names an act told elsewhere
    /// (the release, the conviction), which it joins, and is no news of its own.
    /// </summary>
    private static bool IsAttributiveParticiple(Document document, (PloverEvent Event, int First, int End) f)
    {
        if (f.Event.Pattern.Form != EventForm.Verb || f.End - f.First != 1 || f.First == 0 || f.End >= document.Tokens.Length
            || !document.MatchWord(f.First).EndsWith("ed", StringComparison.Ordinal)
            || !NounDeterminers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(f.First - 1)))
            return false;
        var next = document.MatchWord(f.End);
        return document.Tokens[f.End].Kind == TokenKind.Word && char.IsLower(next[0])
               && !Prepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(next) && !NotNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(next);
    }

    /// <summary>
    /// "The killing of the journalist, who was shot dead outside his home": a passive relative clause on the person a noun
    /// event acted on tells how that act was done to them; the verb of the same type in it is the same act, not another.
    /// ("the meeting, which was brokered by Gonsalves" tells another act, the mediation.)
    /// </summary>
    private static bool RetellsNounInRelative(Document document, (PloverEvent Event, int First, int End) f, List<(PloverEvent Event, int First, int End)> found)
    {
        var relative = f.First - 1;
        while (relative > 0 && f.First - relative <= RelativeVerbReach && !document.MatchWord(relative).Equals("who", StringComparison.OrdinalIgnoreCase))
            relative--;
        if (relative <= 0 || f.First - relative > RelativeVerbReach || document.MatchWord(relative - 1) is not ","
            || document.MatchWord(relative + 1) is not ("was" or "were" or "had" or "has" or "have"))
            return false;
        var comma = relative - 1;
        return found.Exists(g => g.Event.Pattern.Form == EventForm.Noun && g.Event.Category.Type == f.Event.Category.Type
                                 && g.End <= comma && comma - g.End <= ObjectReach);
    }

    // How far after "who" or "which" the verb of a relative clause may stand: "who had been shot dead".
    private const int RelativeVerbReach = 3;

    /// <summary>
    /// "It was the first time martial law had been imposed since 1987", "the first time a NATO member had fired on
    /// Russian assets since the invasion": a record the news sets is measured against the past, and the act it names is
    /// the news told around it, not another. ("fired missiles for the first time" is the act itself.)
    /// </summary>
    private static bool IsFirstSince(Document document, int first, Sentence sentence)
    {
        for (var i = first - 1; i >= sentence.FirstToken + 1 && first - i <= FirstTimeReach; i--)
        {
            // The past it is measured against is another act: "the first such strikes since the group began attacking ships".
            var word = document.MatchWord(i);
            if (word is "," || ClauseBreaks.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || word.Equals("since", StringComparison.OrdinalIgnoreCase))
                return false;
            if (!RecordNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
                || !document.MatchWord(i - 1).Equals("first", StringComparison.OrdinalIgnoreCase))
                continue;
            return i - 2 >= sentence.FirstToken && document.MatchWord(i - 2).Equals("the", StringComparison.OrdinalIgnoreCase)
                   && !(i - 3 >= sentence.FirstToken && document.MatchWord(i - 3).Equals("for", StringComparison.OrdinalIgnoreCase));
        }
        return false;
    }

    // The words after "the first" that measure the news against the past: "the first time", "the first such attack".
    private static readonly FrozenSet<string> RecordNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "time", "such");

    // How far before an act's words "the first time" may stand: "the first time a NATO member had fired on".
    private const int FirstTimeReach = 7;

    /// <summary>
    /// "Aid convoys carrying fuel crossed into Gaza": a participle right after a noun of its own type describes what the
    /// noun names (the convoys' load), and tells no second act.
    /// </summary>
    private static bool DescribesNounBefore(Document document, (PloverEvent Event, int First, int End) cue, List<(PloverEvent Event, int First, int End)> found) =>
        cue.Event.Pattern.Form == EventForm.Verb && document.MatchWord(cue.First).EndsWith("ing", StringComparison.OrdinalIgnoreCase)
        && found.Exists(f => f.End == cue.First && f.Event.Pattern.Form == EventForm.Noun && f.Event.Category.Type == cue.Event.Category.Type);

    /// <summary>
    /// "Buses carrying released prisoners arrived in Ramallah", "A ship laden with wheat docked in Port Sudan": a visit
    /// cue whose subject is a vehicle told with its load is a delivery or a transfer, no diplomatic visit. A named person
    /// carried is a visitor ("a plane carrying Antony Blinken landed in Kyiv").
    /// </summary>
    private static bool IsArrivalOfLoad(Document document, (PloverEvent Event, int First, int End) cue, Sentence sentence)
    {
        if (cue.Event.Category is not { Type: "CONSULT", Mode: "visit" } || cue.Event.Pattern.Form != EventForm.Verb)
            return false;
        for (var i = cue.First - 1; i >= sentence.FirstToken && cue.First - i <= LoadReach; i--)
        {
            if (document.Tokens[i].Kind is TokenKind.Terminal || ClauseBreaks.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(i))
                || document.MatchWord(i) is ",")
                return false;
            if (CargoParticiples.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(i)))
                return !document.Mentions.Any(m => m.Actor?.Name is not null && m.Start >= document.Tokens[i].End && m.End <= document.Tokens[cue.First].Start);
        }
        return false;
    }

    // Participles that tell what a vehicle carries: "trucks carrying", "a ship laden with".
    private static readonly FrozenSet<string> CargoParticiples = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "carrying", "laden", "loaded", "transporting", "ferrying", "bearing");

    // How far before a visit cue the participle of a vehicle's load may stand ("Buses carrying 90 released Palestinian prisoners arrived").
    private const int LoadReach = 10;

    // Words before a noun that point back to what was told: "the attack", "this strike".
    private static readonly FrozenSet<string> RetellingDeterminers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "the", "this", "that");

    // How many lower-case words may stand between such a word and the attack noun ("the deadly attack").
    private const int RetoldModifiers = 2;

    /// <summary>True when tokens <c>[from, to)</c> are few: joining words, numbers or other lower-case words, no punctuation and no actor.</summary>
    private static bool Adjoins(Document document, int from, int to, FrozenSet<string> allowed)
    {
        if (to - from > OutcomeReach)
            return false;
        for (var i = from; i < to; i++)
        {
            var token = document.Tokens[i];
            if (token.Kind is TokenKind.Punctuation or TokenKind.Terminal
                || !(allowed.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(i)) || token.Kind is TokenKind.Number
                     || (char.IsLower(document.MatchText[token.Start]) && !Covered(document, token, MentionKind.Actor))))
                return false;
        }
        return true;
    }

    private static bool Covered(Document document, Token token, MentionKind kind) =>
        document.Mentions.Any(m => m.Kind == kind && m.Start <= token.Start && token.End <= m.End);

    /// <summary>
    /// "Ukrainian drones struck", "an Israeli strike", "fired water cannon at Philippine vessels": a demonym or
    /// group name in tokens <c>[from, to)</c> that no mention covers says who acted or was hit, though weapons
    /// and vessels themselves are not actor mentions. So does a country's possessive ("condemned what it called
    /// China's escalatory actions", "Russia's invasion"): whose acts they are. The first such name wins; a clause
    /// break ends the search.
    /// </summary>
    private (Participant Participant, Actors.LexiconSource Line)? ModifierName(Document document, int from, int to, PloverEvent e)
    {
        // A possessive owns a phrase of the cue's own clause, which a comma ends: not "seized power in a coup, Myanmar's army faces".
        var pastComma = false;
        for (var i = from; i < to; i++)
        {
            if (document.Tokens[i].Kind is TokenKind.Terminal || document.MatchText[document.Tokens[i].Start] is ';' or ':')
                return null;
            pastComma |= document.MatchText[document.Tokens[i].Start] is ',';
            if (names.Names.LongestAt(document, i, to) is not { } match)
                continue;
            var start = document.Tokens[match.Start].Start;
            var finish = document.Tokens[match.End - 1].End;
            if (document.Mentions.Any(m => m.Start < finish && start < m.End))
                continue;
            var possessive = !pastComma && match.End < to && document.Tokens[match.End].Kind == TokenKind.Clitic;
            // "turned back two U.S. military planes", "a pause on U.S. tariffs": a name before a common noun describes it as a demonym would.
            // Not a name before a function word: "assets frozen in the West after the invasion".
            var next = match.End < to && document.Tokens[match.End].Kind == TokenKind.Word ? document.MatchWord(match.End) : [];
            var attributive = !next.IsEmpty && char.IsLower(next[0])
                              && !Prepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(next)
                              && !NotNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(next);
            var entry = match.Values.FirstOrDefault(n => n.Country?.Kind == Actors.CountryPhraseKind.Demonym || ((possessive || attributive) && n.Country?.Kind == Actors.CountryPhraseKind.Name))
                        ?? match.Values.FirstOrDefault(n => n.Organisation is not null);
            if (entry is null)
                continue;
            var sector = entry.Organisation?.Sector ?? (e.Category.PlaceIsTarget ? "MIL" : "GOV");
            return (new Participant(start, finish, entry.Country?.Code ?? entry.Organisation!.Code, sector, entry.Organisation?.Name),
                entry.Country?.Line ?? entry.Organisation!.Line);
        }
        return null;
    }

    // Words between a possessive and "against", and between "against" and the act ("Ukraine's air defences against missile attacks").
    private const int DefenceReach = 3;

    /// <summary>
    /// "strengthening Ukraine's defences against cyberattacks", "Israel's shield against rocket attacks": an actor whose
    /// possessive owns something set against the act is who is to be hit, not who hits; it becomes the recipient.
    /// </summary>
    private static void TargetOwnersOfDefences(Document document, PloverEvent e, int cue)
    {
        for (var a = e.Actors.Count - 1; a >= 0; a--)
        {
            var owner = e.Actors[a];
            if (!OwnsThingAgainst(document, owner.End, cue))
                continue;
            e.Actors.RemoveAt(a);
            if (!e.Recipients.Exists(r => r.Code == owner.Code))
                e.Recipients.Add(owner);
            e.Explanations["recipient"] = "events: the owner of a defence against the act is its target";
        }
    }

    /// <summary>Whether the name ending at character <paramref name="nameEnd"/> is a possessive whose noun is set "against" the act at token <paramref name="cue"/>.</summary>
    private static bool OwnsThingAgainst(Document document, int nameEnd, int cue)
    {
        var against = -1;
        for (var i = cue - 1; i >= 0 && cue - i <= 2 * DefenceReach + 2; i--)
        {
            var token = document.Tokens[i];
            if (token.Start < nameEnd || token.Kind is TokenKind.Terminal or TokenKind.Punctuation)
                return false;
            if (token.Start == nameEnd)
                return token.Kind == TokenKind.Clitic && against > i + 1 && against - i - 1 <= DefenceReach;
            if (against < 0 && cue - i - 1 <= DefenceReach && document.MatchWord(i).Equals("against", StringComparison.OrdinalIgnoreCase))
                against = i;
        }
        return false;
    }

    /// <summary>
    /// "approved Sweden's NATO membership", "gave their backing to Finland's NATO bid": an organisation named
    /// inside a country's possessive, before a common noun, is the topic of what is done to that country, which
    /// is the recipient. "Britain's NATO allies" names people of the organisation, who stay.
    /// </summary>
    private void OwnersOfMembership(SentenceClauses clause, PloverEvent e)
    {
        var document = clause.Document;
        for (var r = 0; r < e.Recipients.Count; r++)
        {
            var recipient = e.Recipients[r];
            if (recipient.Sector != "IGO" || clause.Mentions.Find(m => m.Mention.Start == recipient.Start) is not { Mention: not null } mention)
                continue;
            var clitic = Enumerable.Range(mention.FirstToken, mention.EndToken - mention.FirstToken).FirstOrDefault(i => document.Tokens[i].Kind == TokenKind.Clitic);
            var head = mention.EndToken;
            if (clitic <= mention.FirstToken || head >= clause.Sentence.EndToken || document.Tokens[head].Kind != TokenKind.Word
                || !char.IsLower(document.MatchText[document.Tokens[head].Start]) || names.Roles.LongestAt(document, head, clause.Sentence.EndToken) is not null
                || names.Names.LongestAt(document, mention.FirstToken, clitic) is not { } owner
                || owner.Values.FirstOrDefault(n => n.Country is not null) is not { Country: { } country })
                continue;
            e.Recipients[r] = new Participant(document.Tokens[owner.Start].Start, document.Tokens[owner.End - 1].End, country.Code, "GOV", null);
            e.Explanations["recipient"] = $"events: the country owning the organisation's {document.MatchWord(head)} ({country.Line})";
        }
    }

    /// <summary>
    /// "public support for joining the European Union", "hopes of reaching a deal": a gerund after a preposition that
    /// follows a common noun says what the noun is about; it tells no event. Not after a cue ("accused of killing",
    /// "talks on joining") nor a name ("accused Kyiv of attacking").
    /// </summary>
    private bool ComplementsNoun(Document document, EventPattern pattern, int first, Sentence sentence, List<(PloverEvent Event, int First, int End)> found)
    {
        if (pattern.Form != EventForm.Verb || first - 2 < sentence.FirstToken || !document.MatchWord(first).EndsWith("ing", StringComparison.Ordinal)
            || !ComplementPrepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(first - 1)))
            return false;
        // "stopped short of agreeing to a ceasefire": a modality cue ending at the gerund tells of the event, which stays.
        for (var j = Math.Max(sentence.FirstToken, first - 3); j < first - 1; j++)
        {
            if (lexicon.Modality.LongestAt(document, j, first) is { End: var cueEnd } && cueEnd == first)
                return false;
        }
        var noun = first - 2;
        var word = document.MatchWord(noun);
        return document.Tokens[noun].Kind == TokenKind.Word && word.Length > 2 && char.IsLower(word[0])
               && !word.EndsWith("ed", StringComparison.Ordinal) && !NotNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
               && !Prepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
               && !Covered(document, document.Tokens[noun], MentionKind.Actor) && !found.Exists(f => f.First <= noun && noun < f.End)
               // "has shown no sign of stepping down": a noun denied is the event denied.
               && !(noun - 1 >= sentence.FirstToken && Denials.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(noun - 1)))
               && !(noun - 2 >= sentence.FirstToken && Denials.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(noun - 2)));
    }

    private static readonly FrozenSet<string> ComplementPrepositions = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "for", "of", "about", "on");

    private static readonly FrozenSet<string> Denials = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "no", "not", "without", "little");

    /// <summary>
    /// "permission to use Storm Shadow missiles", "the Strike Group": a verb cue written with a capital inside a
    /// sentence that is not a Title Case headline is a word of a name, not the verb. Noun cues keep their
    /// capitals ("the Kyiv Talks" names the talks).
    /// </summary>
    private static bool IsWordOfName(Document document, Sentence sentence, int first, List<EventPattern> patterns) =>
        char.IsUpper(document.MatchWord(first)[0])
        && ((first > sentence.FirstToken && patterns.TrueForAll(p => p.Form == EventForm.Verb) && !Chunker.IsTitleCase(document, sentence.FirstToken, sentence.EndToken))
            || (InsideActorName(document, first) && !patterns.Exists(p => p.Category.Type == EventCategory.None)));

    // "Amnesty International said", "the Rapid Support Forces": a capitalised cue word inside a named actor is part of its name
    // (but a NONE pattern may still claim it: "the World Food Programme warned" is no threat).
    private static bool InsideActorName(Document document, int token)
    {
        var start = document.Tokens[token].Start;
        foreach (var m in document.Mentions)
        {
            if (m.Start > start)
                return false;
            if (m is { Kind: MentionKind.Actor, Actor.Name: not null } && m.End > start)
                return true;
        }
        return false;
    }

    /// <summary>
    /// "a battle flag signed by Ukrainian soldiers": a verb pattern whose first word stands after an article and is
    /// followed by words of its gap is that word used as a noun modifying the next one, not the verb. Not an event
    /// named by the noun with its own phrase ("an exchange of hostages", "the signing of the treaty"), nor a weapon
    /// that is the subject of the pattern's verb ("a missile strike hit a hospital").
    /// </summary>
    private static bool ModifiesNounAfterArticle(Document document, EventPattern pattern, int first, FrozenSet<string> weapons)
    {
        if (pattern.Form != EventForm.Verb || first == 0 || first + 1 >= document.Tokens.Length
            || !Articles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(first - 1))
            || weapons.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(first))
            || document.Tokens[first + 1].Kind != TokenKind.Word || !char.IsLower(document.MatchWord(first + 1)[0])
            || Prepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(first + 1)))
            return false;
        var text = pattern.Text.AsSpan();
        var space = text.IndexOf(' ');
        return space > 0 && text[(space + 1)..].StartsWith("...", StringComparison.Ordinal);
    }

    /// <summary>
    /// "the assistance provided to Ukraine", "nations committed to its defence": a past participle right
    /// after a common noun and before "to" or "by" describes that noun; it tells no event of its own. A cue
    /// that takes the "to" in ("committed to") describes the noun only when that noun is a preposition's
    /// object ("cohesion among nations committed to a rules-based order"): "allies committed to sending
    /// tanks" has no other verb for its allies. Before "by" the noun may name a party ("M23 rebels backed by Rwandan
    /// troops", "Ukrainian soldiers backed by tanks"): the participle still describes it. A place's noun keeps its
    /// participle ("a resort in the Apulia region hosted by Meloni" tells who hosted the summit), and so does a party's
    /// before "to", where it is the subject of a headline's verb ("Russian troops deployed to Belarus").
    /// </summary>
    private bool IsNounModifier(Document document, int first, int end)
    {
        if (first == 0 || end >= document.Tokens.Length)
            return false;
        var cue = document.MatchWord(first);
        var before = document.Tokens[first - 1];
        var previous = document.MatchWord(first - 1);
        return cue.EndsWith("ed", StringComparison.Ordinal)
               && before.Kind == TokenKind.Word && char.IsLower(previous[0]) && !NotNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(previous)
               && !document.Mentions.Any(m => m.Start <= before.Start && before.End <= m.End && (m.Kind != MentionKind.Actor || document.MatchWord(first + 1) is "to"))
               && document.MatchWord(first + 1) is "to" or "by" && !FollowsResponsePhrase(document, first)
               && (end - first == 1 || IsPrepositionObject(document, first - 1));
    }

    /// <summary>
    /// "a ceasefire brokered by the United States", "talks mediated by Washington": the go-between's part is news of its own
    /// even told as a participle on what came of it (the PLOVER third-party CONSULT), where "aid provided to Ukraine" retells
    /// an act. Not after a mediation told already: "The Qatar-brokered deal came out of a meeting mediated by Qatar" names it again.
    /// </summary>
    private static bool IsNewMediation((PloverEvent Event, int First, int End) cue, List<(PloverEvent Event, int First, int End)> found, List<PloverEvent> earlier) =>
        IsMediation(cue.Event) && !earlier.Exists(IsMediation) && !found.Exists(f => f.End <= cue.First && IsMediation(f.Event));

    private static bool IsMediation(PloverEvent e) => e.Category is { Type: "CONSULT", Mode: "third-party" };

    /// <summary>Whether the lower-case noun at <paramref name="noun"/> follows a preposition, past at most two lower-case words ("among democratic nations").</summary>
    private static bool IsPrepositionObject(Document document, int noun)
    {
        for (var i = noun - 1; i >= 0 && noun - i <= NounPhraseAdjectives + 1; i--)
        {
            if (document.Tokens[i].Kind != TokenKind.Word || !char.IsLower(document.MatchWord(i)[0]))
                return false;
            if (Prepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(i)))
                return true;
        }
        return false;
    }

    // How many adjectives may stand between a preposition and its noun ("among democratic nations").
    private const int NounPhraseAdjectives = 2;

    /// <summary>
    /// "shot dead at least 19 people", "arrested hundreds of people protesting": people the text does not
    /// place (no actor mention covers them) are the people of the place where it happens; with no place named,
    /// police, courts and arrests act on their own country's people. A cue with a gap holds its object in the gap
    /// ("pulled survivors from the rubble", "forced thousands of people from their homes"), where the people the cue
    /// is done to are never the actor's own; one placed there by a mention of its own is taken as that mention says.
    /// </summary>
    private (Participant Participant, string How)? UnnamedPeople(SentenceClauses clause, int objectStart, int end, PloverEvent e)
    {
        var document = clause.Document;
        for (var i = objectStart; i < clause.Sentence.EndToken && i - end <= ObjectReach; i++)
        {
            if (document.Tokens[i].Kind is TokenKind.Punctuation or TokenKind.Terminal || (i >= end && clause.CueBetween(i, i + 1)))
                return null;
            if (names.Roles.LongestAt(document, i, clause.Sentence.EndToken) is not { } match
                || match.Values.FirstOrDefault(r => r.Sector == "CVL" && !r.IsTitle && !r.IsModifier && !r.IsUnplaced) is not { } role)
                continue;
            var start = document.Tokens[match.Start].Start;
            var finish = document.Tokens[match.End - 1].End;
            if (document.Mentions.FirstOrDefault(m => m.Start < finish && start < m.End) is { } covering)
                return i < end && covering is { Kind: MentionKind.Actor, Actor: { Code: { } code, Sector: "CVL" } } && !e.Actors.Exists(a => a.Code == code)
                    ? (new Participant(covering.Start, covering.End, code, "CVL", null), $"the people in the cue's gap are whom it is done to ({role.Line})")
                    : null;
            if (e.Location is { Place.Country: { } home })
                return (new Participant(start, finish, home, role.Sector, null), $"people not otherwise placed are those of the place where it happens ({role.Line})");
            var domestic = e.Category.Type == "COERCE" || e.Actors.TrueForAll(a => a.Sector is "POL" or "JUD");
            if (domestic && e.Actors.Count > 0 && e.Actors.TrueForAll(a => a.Code == e.Actors[0].Code))
                return (new Participant(start, finish, e.Actors[0].Code, role.Sector, null), $"police, courts and arrests act on their own country's people ({role.Line})");
            return null;
        }
        return null;
    }

    /// <summary>
    /// "barring its inspectors from nuclear sites", "expelled their diplomats": an object owned by "its" or "their"
    /// belongs to the party named last before the cue that is not the actor, so that party is the recipient.
    /// </summary>
    private static MentionSpan? PossessedObjectOwner(SentenceClauses clause, int first, int end, PloverEvent e)
    {
        if (!clause.Is(end, OwnerPronouns) || end + 1 >= clause.Sentence.EndToken || !IsLowerWord(clause.Word(end + 1)))
            return null;
        return clause.Mentions.FindLast(m => m.EndToken <= first && m.Mention is { Kind: MentionKind.Actor, Actor: { } actor }
                                             && !e.Actors.Exists(a => a.Code == actor.Code)) is { Mention: not null } owner ? owner : null;
    }

    private static readonly FrozenSet<string> OwnerPronouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "its", "their");

    /// <summary>
    /// "would not send a delegation to the talks", "invited to the talks", "at the COP29 talks": a meeting
    /// named inside a prepositional phrase, with no parties of its own, is the setting or topic of another
    /// statement: it may name an event told elsewhere in the document, but tells none of its own.
    /// "after weeks of Qatari mediation" and "at a meeting of foreign ministers" name who took part.
    /// </summary>
    private bool IsSetting(Document document, (PloverEvent Event, int First, int End) cue, Sentence sentence)
    {
        if (cue.Event.Pattern.Form != EventForm.Noun || cue.Event.Category.Type != "CONSULT" || cue.End - cue.First != 1)
            return false;
        var before = cue.First - 1;
        if (cue.End < sentence.EndToken && OwnParties.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(cue.End))
            || before < sentence.FirstToken
            || document.Mentions.Any(m => m.Kind == MentionKind.Actor && m.Start < document.Tokens[before].End && document.Tokens[before].Start < m.End)
            || ModifierName(document, before, cue.First, cue.Event) is not null)
            return false;
        for (var i = before; i >= sentence.FirstToken && cue.First - i <= SettingReach; i--)
        {
            if (document.Tokens[i].Kind is TokenKind.Terminal || document.MatchText[document.Tokens[i].Start] is ',' or ';' or ':')
                return false;
            // "to visit the island" is an infinitive; "to talks" a phrase.
            if (SettingPrepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(i)))
                return !IsFirstTellingOfTalks(document, i, before) && !IsHeadlineVenueMeeting(document, i, before, cue.Event.Sentence)
                       && (i < before || document.MatchWord(cue.First).EndsWith('s'));
        }
        return false;
    }

    /// <summary>
    /// "agreed to a ceasefire after talks in Doha", "agree to slash tariffs after Geneva talks": talks told right after
    /// "after" or "following", with no article and at most the name of their venue or how long they lasted between, are told here for the first
    /// time — the news the agreement came out of — not a meeting the reader knows already ("after the Jeddah meeting").
    /// </summary>
    private static bool IsFirstTellingOfTalks(Document document, int preposition, int before)
    {
        if (!SequelPrepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(preposition)))
            return false;
        if (preposition == before)
            return true;
        // "after two hours of talks", "following weeks of negotiations": how long they lasted, then the talks.
        if (document.MatchWord(before).Equals("of", StringComparison.OrdinalIgnoreCase) && before - preposition <= 3
            && DurationNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(before - 1)))
            return true;
        var venue = document.Tokens[before];
        return preposition == before - 1 && document.Mentions.Any(m => m.Kind == MentionKind.Place && m.Start <= venue.Start && venue.End <= m.End);
    }

    // Spans of time that measure talks: "two days of talks".
    private static readonly FrozenSet<string> DurationNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "hours", "days", "weeks", "months", "rounds");

    /// <summary>
    /// "Rivals agree prisoner swap at Abu Dhabi talks", "Leaders pledge funds at Nairobi summit": a headline drops its
    /// articles, so a meeting it names after "at" with only its venue before it is news the headline tells (and the lead
    /// tells again), not the setting of a meeting the reader knows.
    /// </summary>
    private static bool IsHeadlineVenueMeeting(Document document, int preposition, int before, int sentence)
    {
        if (preposition == before || !document.MatchWord(preposition).Equals("at", StringComparison.OrdinalIgnoreCase)
            || !ModalityTagger.InHeadline(document, sentence))
            return false;
        var first = document.Tokens[preposition + 1];
        var last = document.Tokens[before];
        return document.Mentions.Any(m => m.Kind == MentionKind.Place && m.Start <= first.Start && last.End <= m.End);
    }

    // Prepositions of what an act came after: "after talks in Doha", "following talks in Jeddah".
    private static readonly FrozenSet<string> SequelPrepositions = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "after", "following");

    /// <summary>
    /// A pledge or gift with no recipient of its own, told in the sentence of a visit, is made to the other side of
    /// the visit: the visitor gives to the host ("Biden makes unannounced trip to Kyiv, pledges $500 million in new
    /// aid"); the host gives to the visitor only aid or a sum of money ("Zelensky met Biden at the White House as
    /// the administration unveiled $1.85 billion in new security assistance"), since what a host agrees to beside
    /// a visit is more often agreed with the visitor ("they agreed to work on a plan") than given to them.
    /// A contrast between the two ("had not agreed to a truce, though negotiators would fly to Doha") sets the act
    /// against the visit rather than beside it, so the host is no party to it.
    /// </summary>
    private static void GiveToHost(Document document, (PloverEvent Event, int First, int End) act, List<(PloverEvent Event, int First, int End)> found)
    {
        var e = act.Event;
        if (e.Recipients.Count > 0 || e.Actors.Count == 0 || e.PloverCategory.Type is not ("AID" or "AGREE"))
            return;
        foreach (var (visit, visitFirst, visitEnd) in found)
        {
            if (visit.Category is not { Type: "CONSULT", Mode: "visit" } || visit.Actors.Count == 0 || visit.Recipients.Count == 0
                || ContrastBetween(document, Math.Min(act.End, visitEnd), Math.Max(act.First, visitFirst)))
                continue;
            (List<Participant>? Side, string Role) receiver = SameParties(visit.Actors, e.Actors) ? (visit.Recipients, "host")
                : SameParties(visit.Recipients, e.Actors) && (e.PloverCategory.Type == "AID" || NamesMoney(document, e.Trigger)) ? (visit.Actors, "visitor")
                : (null, "");
            if (receiver.Side is { } side)
            {
                e.Recipients.AddRange(side);
                e.Explanations["recipient"] = $"events: no recipient named; the {receiver.Role} of the visit told beside it ({visit.Trigger})";
                return;
            }
        }
    }

    // Words that set one clause against another: what is told on one side of them does not go with the other.
    private static readonly FrozenSet<string> ContrastWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "but", "though", "although", "while", "whereas", "yet");

    /// <summary>Whether a contrast word stands among the tokens from <paramref name="from"/> up to <paramref name="to"/>.</summary>
    private static bool ContrastBetween(Document document, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (ContrastWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(i)))
                return true;
        return false;
    }

    /// <summary>
    /// A name right after the "and" at token <paramref name="and"/> that modifies the cue's words acts with the
    /// actor before it: "British and U.S. jets bombed", "a U.S.- and French-brokered truce".
    /// </summary>
    private void AddModifierAfterAnd(SentenceClauses clause, PloverEvent e, int and, int first)
    {
        if (and + 1 < first && clause.Word(and) is "and" && ModifierName(clause.Document, and + 1, first + 1, e) is { } partner
            && partner.Participant.Start == clause.Document.Tokens[and + 1].Start && !e.Actors.Exists(a => a.Code == partner.Participant.Code))
            e.Actors.Add(partner.Participant);
    }

    /// <summary>The token of a hyphen left hanging right after <paramref name="actor"/> before the cue ("U.S.- and French-brokered"), or null.</summary>
    private static int? SuspendedHyphenAfter(SentenceClauses clause, Participant actor, int first)
    {
        for (var i = clause.Sentence.FirstToken; i < first; i++)
            if (clause.Document.Tokens[i].Start == actor.End)
                return IsSuspendedHyphen(clause, i) ? i : null;
        return null;
    }

    /// <summary>Whether <paramref name="span"/> names a sum: a figure with a scale word or a currency sign ("$1.85 billion").</summary>
    private static bool NamesMoney(Document document, TextSpan span)
    {
        var text = document.Text.AsSpan(span.Start, span.End - span.Start);
        return text.IndexOfAnyInRange('0', '9') >= 0
               && (text.IndexOfAny("$€£¥") >= 0 || text.Contains("million", StringComparison.OrdinalIgnoreCase) || text.Contains("billion", StringComparison.OrdinalIgnoreCase));
    }

    private static bool SameParties(List<Participant> these, List<Participant> those) =>
        these.Select(a => a.Code).Distinct().Order().SequenceEqual(those.Select(a => a.Code).Distinct().Order());

    private static bool SameKindOfAct(EventCategory one, EventCategory other) =>
        one.Type == other.Type && (one.Mode == other.Mode || one.Type == "ASSAULT");

    private static void CarryParties(List<PloverEvent> earlier, PloverEvent e, Document document, bool sameType)
    {
        // The event told just before, in this sentence's paragraph or the one before it; for an act another party
        // condemns ("Moscow denounced the loan plan") or one told in the passive with no doer, only an earlier telling
        // of an act of its type; and of its mode, but for violence ("five fighters were killed" after air strikes is
        // the strikers' work, whatever the weapon): "14 people had been arrested" after a coup is no arrest by the plotters.
        var block = document.Sentences[e.Sentence].Block;
        for (var k = earlier.Count - 1; k >= 0; k--)
        {
            var previous = earlier[k];
            if (document.Sentences[previous.Sentence].Block < block - 1)
                break;
            if (previous.Actors.Count == 0 || (sameType && !SameKindOfAct(previous.Category, e.Category)))
                continue;
            e.Actors.AddRange(previous.Actors);
            e.ActorsCarried = true;
            // "Iranian guards shot at Taliban fighters … more fighting could break out": every side of the act before
            // takes part in a reciprocal one.
            if (e.Pattern.Roles == RoleFrame.Parties)
                e.Actors.AddRange(previous.Recipients.Where(r => !e.Actors.Exists(a => a.Code == r.Code)));
            else if (e.Recipients.Count == 0)
                e.Recipients.AddRange(previous.Recipients);
            e.Explanations["actor"] = $"events: no actor in the sentence; carried from the event at {previous.Trigger}";
            return;
        }
    }
}
