using System.Collections.Frozen;
using Parley.Documents;
using Parley.Mentions;
using Parley.Places;
using Parley.Pipeline;

namespace Parley.Events;

/// <summary>
/// The "merge" component: the same event told several times in a document (headline, lead, a later
/// paragraph) becomes one event with several evidence spans. Two mentions are the same event when they
/// have the same type and modes that do not differ, their parties agree (one's codes contain the other's), their dates and
/// places do not differ, and their modality agrees — except that a bare noun ("the visit", "the talks")
/// takes the modality of the event it names, and words that only name an event (a meeting as a setting, the
/// condition of a threat) are kept only as evidence of the event they name. Then every event gets its id and confidence.
/// </summary>
public sealed partial class EventMerger(EventLexicon lexicon) : IPipelineComponent
{
    /// <summary>A merger using the shipped event lexicon.</summary>
    public EventMerger() : this(EventLexicon.Shipped) { }

    /// <inheritdoc />
    public string Name => "merge";

    /// <inheritdoc />
    public IReadOnlyList<string> Requires => [Annotations.Events, Annotations.Modality, Annotations.Contexts, Annotations.Quantities];

    /// <inheritdoc />
    public IReadOnlyList<string> Assigns => [Annotations.Merged];

    /// <inheritdoc />
    public void Process(Document document, CancellationToken cancellationToken)
    {
        var kept = new List<PloverEvent>();
        var cues = document.Events.Select(e => e.Trigger).ToList();
        // The mentions each kept event was told by: two acts of one sentence ("held talks …, a day after arriving in
        // the capital") do not both join an event told elsewhere, as they are not one event with each other.
        var told = new Dictionary<PloverEvent, List<PloverEvent>>(ReferenceEqualityComparer.Instance);
        // Acts told with "also", and acts of their kind beside them in their sentence ("also received the death penalty,
        // while a former police chief was jailed"): more acts of the kind, not one told before.
        var anotherActs = new List<PloverEvent>();
        // Words of the headline that only name an event no mention has told yet ("signs treaty … at Astana summit").
        var headlineNames = new List<PloverEvent>();
        foreach (var e in document.Events)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var another = TellsAnotherAct(document, e) || anotherActs.Exists(m => m.Category.Type == e.Category.Type && TwoActs(m, e));
            if (another)
                anotherActs.Add(e);
            else if (NamedAct(document, kept, told, e) is { } act)
            {
                Join(act, e);
                told[act].Add(e);
                continue;
            }
            else if (HostedMeeting(document, kept, told, e) is { } meeting)
            {
                JoinHost(meeting, e);
                told[meeting].Add(e);
                continue;
            }
            // The event of the very same type and mode comes first: "the arrival" joins the visit, not the talks; "the talks"
            // join the meeting, which its venue may have made a visit ("the two leaders met … south of San Francisco").
            // Of two acts of its type that it could retell, a mention names the one done to whom it is done to: the lead's "fired
            // missiles at nine sites in Pakistan" retells the headline's "strikes sites in Pakistan", not the "massacre" after which
            // they came.
            var namesToldAct = DefiniteObject(document, e);
            bool Retells(PloverEvent k) => Same(document, k, e, OpenHeadline(document, k, told[k], e), RetoldHeadline(document, kept, k, told[k], e)) && (namesToldAct || !told[k].Exists(m => TwoActs(m, e)));
            var same = another ? null
                : kept.FindLast(k => ToldBySameNoun(told[k], e) && (e.ActorsCarried || Compatible(k.Actors, e.Actors)) && Retells(k))
                  ?? kept.FindLast(k => SameKind(k, e) && Retells(k))
                  ?? kept.FindLast(k => SharesRecipient(k, e) && Retells(k))
                  ?? kept.FindLast(Retells);
            if (same is not null)
            {
                // A pledge happened whatever it promises is to come.
                if (OpenHeadline(document, same, told[same], e) && !RetoldPledge(document, same, e))
                    TakeModality(same, e);
                if (UnnamedHeadline(document, same, told[same], e))
                    TakeKind(same, e);
                if (RetoldHeadline(document, kept, same, told[same], e) && !SharesParty(same, e) && e.Actors.Count > 0)
                    TakeDoers(same, e);
                Join(same, e, lendsDetails: !DefiniteNoun(document, e) && !DefiniteObject(document, e) && !ConfirmedAct(document, e));
                if (TellsBeginning(document, same, e))
                    TakeBeginning(same, e);
                told[same].Add(e);
            }
            else if (!e.IsReference)
            {
                kept.Add(e);
                told[e] = [e];
                if (NamedByHeadline(document, headlineNames, e) is { } name)
                {
                    e.Evidence.Insert(0, name.Trigger);
                    headlineNames.Remove(name);
                }
            }
            else if (e.Category.Type == "ASSAULT" && NamedViolence(kept, e) is { } violence)
            {
                // A toll ("At least 12 people were killed") or a retold attack whose parties match no event still names the violence told before.
                violence.Evidence.Add(e.Trigger);
                AddQuantities(violence, e);
                told[violence].Add(e);
            }
            else if (ModalityTagger.InHeadline(document, e.Sentence))
                headlineNames.Add(e);
        }
        TakeBrokers(kept, told);
        TakeNeutralVenues(kept);
        NameByHeadlineWords(document, kept, cues);
        InheritDates(document, kept, told);
        AimAtStorySides(document, kept);
        for (var i = 0; i < kept.Count; i++)
        {
            DropSelfRecipients(kept[i]);
            kept[i].Id = "e" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            kept[i].Confidence = EventConfidence.Of(kept[i]);
        }
        document.Events = [.. kept];
    }

    // Words just before a verb that tell one more act of a kind told before, not that act again: "Her former minister also
    // received the death penalty", "Nicaragua likewise cut relations with Quito"; and a party's standing by an act told before
    // ("Islamabad said it remained committed to the truce" after "agreed to halt the attacks"), a stance of its own.
    private static readonly FrozenSet<string> AnotherActWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "also", "likewise", "similarly",
        "remain", "remains", "remained");

    // Words just before a noun that do the same: "Separate talks between Kinshasa and the M23", "another crowd".
    private static readonly FrozenSet<string> AnotherActAdjectives = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "another", "separate", "fresh", "further");

    // How far before a cue's first word such a word may stand ("has also imposed", "separate peace talks").
    private const int AnotherActReach = 2;

    /// <summary>A verb told with "also", or a noun with "separate", before it is another act of its kind, whoever it shares parties with.</summary>
    private static bool TellsAnotherAct(Document document, PloverEvent e)
    {
        if (document.CharSpan(e.Trigger.Start, e.Trigger.End, Alignment.Expand) is not { } span)
            return false;
        var words = e.Pattern.Form == EventForm.Verb ? AnotherActWords : AnotherActAdjectives;
        var sentence = document.Sentences[e.Sentence];
        for (var i = span.First - 1; i >= sentence.FirstToken && span.First - i <= AnotherActReach; i--)
        {
            if (words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(i)))
                return true;
        }
        return false;
    }

    // Determiners between "in" and the noun that names the act: "in a raid", "in what Tehran called a raid".
    private static readonly FrozenSet<string> NamingDeterminers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "a", "an", "the");

    // Verbs by which a party names the act: "in what Tehran called a raid".
    private static readonly FrozenSet<string> NamingVerbs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "called", "termed", "dubbed");

    // How many words the party naming the act may have ("in what the Iranian army called a raid").
    private const int NamerReach = 4;

    /// <summary>
    /// "drones struck a village … in what Tehran called a raid", "drones hit 41 bombers in deep strike": a cue used as a noun
    /// opened by "in", after a verb of its type in its sentence, names that act, in other words and perhaps another mode.
    /// Not after a toll: "three were killed in an exchange of fire" counts the exchange's dead.
    /// </summary>
    private static PloverEvent? NamedAct(Document document, List<PloverEvent> kept, Dictionary<PloverEvent, List<PloverEvent>> told, PloverEvent e)
    {
        if (!OpenedByIn(document, e))
            return null;
        return kept.FindLast(k => k.Category.Type == e.Category.Type
                                  && told[k].Exists(m => m.Sentence == e.Sentence && m.Pattern.Form == EventForm.Verb && !m.IsReference && m.Trigger.End <= e.Trigger.Start));
    }

    /// <summary>Whether the noun's phrase opens with "in": "in a raid", "in deep strike", "in what Tehran called a raid".</summary>
    private static bool OpenedByIn(Document document, PloverEvent e)
    {
        if (document.CharSpan(e.Trigger.Start, e.Trigger.End, Alignment.Expand) is not { } span)
            return false;
        var first = document.Sentences[e.Sentence].FirstToken;
        var i = span.First - 1;
        if (i >= first && !NamingDeterminers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(i)) && !IsIn(document, i))
            i--; // one word of description: "in deep strike"
        if (i >= first && NamingDeterminers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(i)))
            i--;
        if (i >= first && IsIn(document, i))
            return true;
        if (i < first || !NamingVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(i)))
            return false;
        for (var j = i - 1; j >= first && i - j <= NamerReach + 1; j--)
        {
            if (document.MatchWord(j).Equals("what", StringComparison.OrdinalIgnoreCase))
                return j > first && IsIn(document, j - 1);
        }
        return false;
    }

    private static bool IsIn(Document document, int token) => document.MatchWord(token).Equals("in", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "Xi signs friendship treaty … at Astana summit": a headline word that only names an event as its setting names the
    /// event of its kind the lead then tells ("at the second summit between China and the five republics").
    /// </summary>
    private PloverEvent? NamedByHeadline(Document document, List<PloverEvent> headlineNames, PloverEvent e) =>
        document.Sentences[e.Sentence].Block != LeadBlock ? null
            : headlineNames.Find(name => name.Category.Type == e.Category.Type && Same(document, e, name, openHeadline: false, retoldHeadline: false));

    /// <summary>
    /// The violence a toll or a retold attack ("the strikes", "the attack") names: the last told of its kind and modality
    /// ("condemned the strikes" after air strikes and a rocket attack), else the last told of its modality, else the last.
    /// Violence of the past ("since the invasion began") names no news told before it; with no past violence told, it is
    /// background, and none.
    /// </summary>
    private static PloverEvent? NamedViolence(List<PloverEvent> kept, PloverEvent e) =>
        kept.FindLast(k => k.Category == e.Category && k.Modality == e.Modality)
        ?? kept.FindLast(k => k.Category.Type == "ASSAULT" && k.Modality == e.Modality)
        ?? (e.Modality == EventModality.Historical ? null : kept.FindLast(k => k.Category.Type == "ASSAULT"));

    /// <summary>
    /// "The negotiations, mediated by Qatar and Turkey, were led by …", "talks between the two factions brokered by Riyadh":
    /// a meeting told of no kind, in a sentence that tells a third party brokering it, is a meeting through that party
    /// (PLOVER CONSULT, third-party). The brokering stays an event of its own, as it names the third party as actor.
    /// </summary>
    private static void TakeBrokers(List<PloverEvent> kept, Dictionary<PloverEvent, List<PloverEvent>> told)
    {
        foreach (var k in kept)
        {
            if (k.Category is not { Type: "CONSULT", Mode: null })
                continue;
            var broker = kept.Find(b => b != k && b.Category is { Type: "CONSULT", Mode: ThirdParty } && b.Pattern.Form == EventForm.Verb
                                        && told[k].Exists(m => m.Sentence == b.Sentence));
            if (broker is not null)
                TakeMode(k, broker.Category, $"merge, brokered by '{broker.Pattern.Text}' in its sentence");
        }
    }

    /// <summary>
    /// "Russian and Ukrainian delegations met in Istanbul", "Trump met al-Sharaa in Riyadh": a meeting of kind untold, of two
    /// or more parties who all act (no side hosts), held in a country none of them is, goes through that country as a third
    /// party (PLOVER CONSULT, third-party). Decided on the merged event, as its venue may be told by another mention.
    /// </summary>
    private void TakeNeutralVenues(List<PloverEvent> kept)
    {
        foreach (var k in kept)
        {
            if (k.Category is { Type: "CONSULT", Mode: null } && k.Recipients.Count == 0 && k.Location?.Place?.Country is { } venue
                && !k.Actors.Exists(a => a.Code == venue) && k.Actors.Exists(a => a.Code != k.Actors[0].Code))
                TakeMode(k, lexicon.Category("CONSULT", ThirdParty), "merge, held in a country that is none of its parties");
        }
    }

    /// <summary>Gives the meeting <paramref name="k"/> the mode of <paramref name="category"/>, saying why.</summary>
    private static void TakeMode(PloverEvent k, EventCategory category, string why)
    {
        k.Category = category;
        if (k.PloverCategory.Type == category.Type)
            k.PloverCategory = category;
        k.Explanations["type"] = $"{k.Explanations.GetValueOrDefault("type")}; mode {category.Mode}: {why}";
    }

    private const string ThirdParty = "third-party";

    private static readonly System.Buffers.SearchValues<char> DatelineClosers = System.Buffers.SearchValues.Create("\u2014\u2013(");

    /// <summary>
    /// News gives the day once, in the lead or in a dateline. An event of the headline reported as fact with no date of its
    /// own took place on the day of the first dated event of the lead; an act of a sentence opened by a dateline
    /// ("KINSHASA, Jan. 28 (Reuters) —"), on the dateline's day. Otherwise a date applies only to the acts it governs: a
    /// sentence that names no day ("Zelensky accused Moscow of targeting civilians") is not dated by the day of the sentence
    /// before it (handing a paragraph's day on dated 36 acts of the articles that the gold leaves undated, for 6 it dates).
    /// Only a day is passed on; a year or a month dates background, not the news.
    /// </summary>
    private static void InheritDates(Document document, List<PloverEvent> kept, Dictionary<PloverEvent, List<PloverEvent>> told)
    {
        foreach (var e in kept)
        {
            if (e.Date is not null || e.Modality != EventModality.Asserted)
                continue;
            var headline = ModalityTagger.InHeadline(document, e.Sentence);
            if (headline && RetellingLeadDay(document, told[e]) is { } day)
            {
                e.Date = day;
                e.Explanations["date"] = "merge: the one day of the lead sentence that retells the headline's news";
                continue;
            }
            var source = headline ? LeadNews(document, kept, e) : kept.Find(k => IsDayEvent(k) && DatelineDay(document, k, e));
            if (source is null)
                continue;
            e.Date = source.Date;
            e.Explanations["date"] = headline ? "merge: a headline's news is dated by its lead" : $"merge: the dateline's day ({source.Trigger})";
        }
    }

    /// <summary>
    /// The first event of the lead reported as fact on a day, whose day dates the headline's <paramref name="e"/>; none when
    /// the headline names a day before the act that its own rules refused it (it dates another clause's act).
    /// </summary>
    private static PloverEvent? LeadNews(Document document, List<PloverEvent> kept, PloverEvent e)
    {
        foreach (var k in kept)
        {
            if (k.Sentence == e.Sentence && OwnDayBefore(document, k, e) && !DatelineDay(document, k, e))
                return null;
            var block = document.Sentences[k.Sentence].Block;
            if (block > LeadBlock)
                return null;
            if (block == LeadBlock && IsDayEvent(k))
                return k;
        }
        return null;
    }

    private static bool IsDayEvent(PloverEvent k) => k.Modality == EventModality.Asserted && k.Date?.Time is { Precision: Mentions.TimePrecision.Day };

    /// <summary>Whether <paramref name="k"/>'s date is named in <paramref name="e"/>'s sentence before <paramref name="e"/>'s act.</summary>
    private static bool OwnDayBefore(Document document, PloverEvent k, PloverEvent e) =>
        k.Sentence == e.Sentence && k.Date is { } own && own.Start >= document.Sentences[e.Sentence].Start && own.End <= e.Trigger.Start;

    /// <summary>A day named before the act in its sentence and closed by a dash or a bracket: a dateline's, the news's.</summary>
    private static bool DatelineDay(Document document, PloverEvent k, PloverEvent e) =>
        OwnDayBefore(document, k, e) && k.Date is { } day && document.Text.AsSpan(day.End, e.Trigger.Start - day.End).ContainsAny(DatelineClosers);

    /// <summary>
    /// Whether a noun cue repeats the very noun one of an event's mentions was told by: "the defence upgrade" names the
    /// upgrade told before, not the pledge to "provide" arms told since — when the doers it was given (perhaps only carried
    /// from the act before) are that event's.
    /// </summary>
    private static bool ToldBySameNoun(List<PloverEvent> mentions, PloverEvent e) =>
        e.Pattern.Form == EventForm.Noun && mentions.Exists(m => m.Pattern == e.Pattern);

    /// <summary>Whether <paramref name="k"/> has <paramref name="e"/>'s type and mode, or had it as worded (a meeting its venue made a visit).</summary>
    private static bool SameKind(PloverEvent k, PloverEvent e) => k.Category == e.Category || k.Pattern.Category == e.Category;

    /// <summary>
    /// A joint act of several parties ("the U.S. and Ukraine signed a deal") is not also done to one of them:
    /// a recipient of an actor's country, met in one mention or another, goes. (Keeping other sectors of that
    /// country, such as "told reporters", scored worse on every gold set.)
    /// </summary>
    private static void DropSelfRecipients(PloverEvent e)
    {
        if (e.Actors.Select(a => a.Code).Distinct(StringComparer.Ordinal).Count() < 2)
            return;
        e.Recipients.RemoveAll(r => e.Actors.Exists(a => a.Code == r.Code));
    }

    /// <summary>
    /// Headlines drop the words that say whether an event happened ("Asia-Pacific Security Talks: Leaders Expected
    /// to …"): an event told only by the headline, with no modality cue of its own, is speculated or to come when
    /// the lead (the paragraph after the headline) tells it so. A later paragraph may speak of it otherwise ("the
    /// first hostages to be released" before they were), and a date the lead gives one act of it does not make the
    /// headline's news background.
    /// </summary>
    private static bool OpenHeadline(Document document, PloverEvent k, List<PloverEvent> mentions, PloverEvent e) =>
        mentions.Count == 1 && !k.ModalityFromCue && ModalityTagger.InHeadline(document, k.Sentence)
        && document.Sentences[e.Sentence].Block == LeadBlock && e.Modality is EventModality.Future or EventModality.Hypothetical;

    /// <summary>
    /// A Title Case headline hides its parties from the actor finder ("Putin Lands In Pyongyang, Signs Defence Pact With
    /// Kim"): an event the headline alone has told, with no actor found, is the one the lead (the paragraph after the
    /// headline) next tells of its kind, whoever that names and wherever (the headline's "Pyongyang" is the lead's "North
    /// Korea"). A recipient the headline did find ("Allies Offer Ukraine Security Pledges") must be the lead's too.
    /// A later paragraph's event of the kind is as likely another.
    /// </summary>
    private static bool UnnamedHeadline(Document document, PloverEvent k, List<PloverEvent> mentions, PloverEvent e) =>
        mentions.Count == 1 && k.Actors.Count == 0 && Covers(e.Recipients, k.Recipients) && ModalityTagger.InHeadline(document, k.Sentence)
        && document.Sentences[e.Sentence].Block == LeadBlock;

    /// <summary>
    /// The lead tells the headline's news again in its own words: "Russian Missiles Strike Kyiv" is the lead's "launched a
    /// barrage of missiles and drones", "Surprise Raid" the lead's "troops crossed into". A headline's loose word guesses
    /// a mode the lead's words may tell otherwise, so the first act of its type the lead tells, with a party of the headline's,
    /// is the headline's event whatever mode each gives it. (Taking the lead's mode as well scored no better on the articles.)
    /// An event the headline alone has told with no actor found is the lead's of its kind whoever that names, and takes
    /// the lead's mode (<see cref="UnnamedHeadline"/>).
    /// </summary>
    private static bool RetoldHeadline(Document document, List<PloverEvent> kept, PloverEvent k, List<PloverEvent> mentions, PloverEvent e) =>
        UnnamedHeadline(document, k, mentions, e)
        || (mentions.Count == 1 && ModalityTagger.InHeadline(document, k.Sentence) && document.Sentences[e.Sentence].Block == LeadBlock
            && k.Category.Type == e.Category.Type && k.Modality == e.Modality && (SharesParty(k, e) || SharesRecipient(k, e) || MisreadDoer(document, kept, k, e)));

    /// <summary>
    /// A headline's terse words can make the victim the doer ("Gunmen Ambush Kosovo Police" found Kosovo acting on no one):
    /// a headline act done to no one, whose doers the lead's act is done to, is that act with its parties misread. Not when
    /// the headline tells another act of its type: "strike Houthi targets after Red Sea attacks" names the attacks' doers.
    /// </summary>
    private static bool MisreadDoer(Document document, List<PloverEvent> kept, PloverEvent k, PloverEvent e) =>
        k.Recipients.Count == 0 && k.Actors.Count > 0 && Covers(e.Recipients, k.Actors)
        && !kept.Exists(o => o != k && o.Category.Type == k.Category.Type && ModalityTagger.InHeadline(document, o.Sentence));

    /// <summary>
    /// A headline's loose verb guesses its act's mode ("Missiles Strike Kyiv" for a barrage of drones), so the lead may retell
    /// it in another. A yielding's modes name different acts, which a headline names as surely as the lead: its "truce holds"
    /// is not the lead's release of hostages, nor a pullout a release.
    /// </summary>
    private static bool LooseHeadlineMode(PloverEvent headline) => headline.Category.Type != "RETREAT";

    // The block after the headline's.
    private const int LeadBlock = 1;

    private static void TakeModality(PloverEvent headline, PloverEvent body)
    {
        headline.Modality = body.Modality;
        headline.ModalityFromCue = body.ModalityFromCue;
        if (headline.Category.Type == body.Category.Type)
            headline.PloverCategory = body.PloverCategory;
        headline.Explanations["modality"] = "merge: the headline's event is told as the body tells it";
    }

    /// <summary>
    /// A headline's doer the lead does not name was misread ("U.S. votes against UN resolution condemning Russia" made the
    /// United States condemn): the lead's doers are the act's.
    /// </summary>
    private static void TakeDoers(PloverEvent headline, PloverEvent body)
    {
        headline.Actors.Clear();
        headline.Actors.AddRange(body.Actors);
        headline.Explanations["actor"] = $"merge: the lead's doers of the headline's act ({body.Explanations.GetValueOrDefault("actor")})";
    }

    /// <summary>The body's words say what the headline's loose verb did: "Pushes Into" is the lead's "crossed into" with its mode.</summary>
    private static void TakeKind(PloverEvent headline, PloverEvent body)
    {
        if (body.Category.Mode is null || headline.Category.Type != body.Category.Type)
            return;
        headline.Category = body.Category;
        headline.PloverCategory = body.PloverCategory;
    }

    private bool Same(Document document, PloverEvent k, PloverEvent e, bool openHeadline, bool retoldHeadline)
    {
        // The same meeting is "talks", "met" and "the visit": one type, and modes that do not differ — unless a headline's
        // loose verb ("Pushes Into") names what the body tells exactly.
        // A pledge's giving told to come is the pledge, though the words make it another type (see RetoldPledge).
        var retoldPledge = RetoldPledge(document, k, e);
        if ((k.Category.Type != e.Category.Type && !retoldPledge) || Introduced(document, e) || NamedByOtherNoun(document, k, e))
            return false;
        var denial = Denial(document, k, e);
        if (k.Category.Mode is { } km && e.Category.Mode is { } em && km != em && !(retoldHeadline && LooseHeadlineMode(k)) && !denial && !ConfirmedAct(document, e))
            return false;
        var namesToldAct = DefiniteObject(document, e);
        if (TwoActs(k, e) && !namesToldAct)
            return false;
        var usedAsNoun = namesToldAct || DefiniteNoun(document, e) || ConfirmedAct(document, e);
        // The clause around a definite object tells of the act told before, not whether it happened: "accused him of
        // staging the coup" is a charge about the coup, which stays as told.
        var bareNoun = namesToldAct || (!e.ModalityFromCue && (e.Pattern.Form == EventForm.Noun || usedAsNoun) && !NamedAsAnswer(document, e));
        if (k.Modality != e.Modality && !bareNoun && !openHeadline && !denial && !retoldPledge)
            return false;
        if (bareNoun && NewsNamesNoPast(k, e))
            return false;
        // A bare noun whose parties were only carried from the event before ("This visit is not merely symbolic"), or lent
        // by the verb around it ("Vilnius condemned the sentences"), names the event of its type told before, whoever that guessed.
        // So does the name the story gave the event, told again with no doers of its own ("these Kyiv Talks are anticipated
        // to"), whatever cue of its own it has.
        var guessed = (bareNoun && (e.ActorsCarried || usedAsNoun)) || ((e.ActorsCarried || e.Actors.Count == 0) && SameName(document, k, e));
        // Retold by a lead sharing none of its parties, a headline act that named a doer had it misread (see MisreadDoer).
        var misread = retoldHeadline && k.Actors.Count > 0 && !SharesParty(k, e);
        // A headline names whom its act is done to in its own terse words ("Serb leader Dodik" for "Milorad Dodik, the Bosnian
        // Serb leader"): the lead that retells it with its doers may code them otherwise.
        var renamedRecipient = retoldHeadline && SharesParty(k, e) && Compatible(k.Actors, e.Actors);
        if (!guessed && !misread && (!Compatible(k.Actors, e.Actors) || (!renamedRecipient && !Compatible(k.Recipients, e.Recipients))) && !SameMeeting(k, e))
            return false;
        if (!bareNoun && !guessed && !retoldHeadline && !(openHeadline && k.Actors.Count == 0) && !SharesParty(k, e))
            return false;
        // A headline act whose doer went unfound, or was misread, answers no one: the lead that retells it names its doer,
        // who may be of the victim's country ("Protester Shot Dead In Lima" and "Peruvian police shot dead a Peruvian student").
        if (!bareNoun && k.Category.Type != "CONSULT" && !(retoldHeadline && k.Actors.Count == 0) && !misread && (TurnsOn(k, e) || TurnsOn(e, k)))
            return false;
        if (!retoldHeadline && TwoUndertakings(k, e))
            return false;
        if (TwoSums(k, e))
            return false;
        if (!bareNoun && TwoUnrealActs(document, k, e))
            return false;
        if (k.Date?.Time is { } kd && e.Date?.Time is { } ed && kd != ed && !TellsBeginning(document, k, e))
            return false;
        // A bare noun refers back whatever place its own sentence names, and a denial whatever place it names.
        return bareNoun || retoldHeadline || denial || k.Location?.Place is not { } kp || e.Location?.Place is not { } ep || SamePlace(kp, ep);
    }

    /// <summary>
    /// "Azerbaijan extradited two soldiers in 2021. The swap comes after months of talks": a noun told as today's news, by no
    /// word of its own, does not name an act the text set in the past; it is the news's act, not the background's. Unless it
    /// is the very noun the past act was told by ("the recent defence upgrade … The defence upgrade also shows"): a text
    /// names its own background again by the name it gave it.
    /// </summary>
    private static bool NewsNamesNoPast(PloverEvent k, PloverEvent e) =>
        k.Modality == EventModality.Historical && e.Modality == EventModality.Asserted && !e.ModalityFromCue && e.Pattern.Form == EventForm.Noun
        && e.Pattern != k.Pattern;

    // Determiners that make a verb's word a noun naming an act told before: "condemned the sentences", "these strikes".
    private static readonly FrozenSet<string> DefiniteDeterminers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "the", "this", "these", "those");

    /// <summary>
    /// "Washington condemned the sentences": a verb's one-word cue after a definite determiner, or owned by a day ("Sunday's
    /// attack"), is a noun, and names an act told before as a bare noun does, whatever parties the sentence around it lent
    /// it. (A longer cue may open with its subject: "The rebels entered Goma".)
    /// </summary>
    private static bool DefiniteNoun(Document document, PloverEvent e)
    {
        if (e.Pattern.Form != EventForm.Verb || document.CharSpan(e.Trigger.Start, e.Trigger.End, Alignment.Expand) is not { } span
            || span.End - span.First != 1)
            return false;
        var first = document.Sentences[e.Sentence].FirstToken;
        return (span.First > first && DefiniteDeterminers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(span.First - 1)))
               || OwnedByTime(document, span.First, first);
    }

    // Verbs whose object is an act of the party's own given back: "traded artillery fire", "exchanged fire".
    private static readonly FrozenSet<string> ExchangeVerbs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "traded", "trading", "trade", "trades", "exchanged", "exchanging", "exchange", "exchanges");

    // Words before "with" that make its object the party's answer: "responded with drone attacks", "hit back with strikes".
    private static readonly FrozenSet<string> AnswerWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "responded", "responds", "respond", "responding", "retaliated", "retaliates", "retaliate", "retaliating",
        "replied", "replies", "reply", "replying", "back");

    // How many words of description may stand between such a verb and the noun ("responded with missile and drone attacks").
    private const int AnswerReach = 4;

    /// <summary>
    /// "Pakistan responded with missile and drone attacks on Indian targets", "the two sides traded artillery fire": a noun
    /// told as what a party gave back is an act of that party's, not a noun naming the act told before, so its own parties
    /// tell whether it is that act (an answer turns on the first act's doers; see <see cref="TurnsOn"/>).
    /// </summary>
    private static bool NamedAsAnswer(Document document, PloverEvent e)
    {
        if (document.CharSpan(e.Trigger.Start, e.Trigger.End, Alignment.Expand) is not { } span)
            return false;
        var first = document.Sentences[e.Sentence].FirstToken;
        for (var i = span.First - 1; i >= first && span.First - i <= AnswerReach && !ModalityTagger.IsBreak(document, i); i--)
        {
            var word = document.MatchWord(i);
            if (ExchangeVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
                return true;
            if (i > first && word.Equals("with", StringComparison.OrdinalIgnoreCase)
                && AnswerWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(i - 1)))
                return true;
        }
        return false;
    }

    // Verbs that only carry out the act their object names: "staging the coup" is the coup, where "welcomed the treaty" is an act of its own.
    private static readonly FrozenSet<string> LightVerbs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "carry", "carries", "carried", "carrying", "stage", "stages", "staged", "staging", "conduct", "conducts", "conducted", "conducting",
        "mount", "mounts", "mounted", "mounting", "launch", "launches", "launched", "launching", "issue", "issues", "issued", "issuing");

    /// <summary>
    /// "accused the general of staging the coup", "did not confirm that its aircraft had carried out the raids": a light verb's cue
    /// that ends in its noun after a definite determiner names by that noun an act told before, here or earlier in its sentence,
    /// as "the coup" alone would.
    /// </summary>
    private static bool DefiniteObject(Document document, PloverEvent e) =>
        e.Pattern.Form == EventForm.Verb
        && document.CharSpan(e.Trigger.Start, e.Trigger.End, Alignment.Expand) is { } span && span.End - span.First > 2
        && LightVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(span.First))
        && DefiniteDeterminers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(span.End - 2));

    /// <summary>
    /// "Pakistani jets struck … Islamabad denied targeting civilians", "Putin did not say that Russia had fired at the plane":
    /// violence its doer is later said not to have done, in words of their own, is the attack told before and its denial.
    /// (Other acts told again as not done are acts of their own: "signed the treaty" and "has not ratified it".)
    /// </summary>
    private static bool Denial(Document document, PloverEvent k, PloverEvent e) =>
        k.Category.Type == "ASSAULT" && e.Modality == EventModality.Negated && k.Modality != EventModality.Negated && e.Sentence > k.Sentence
        && k.Actors.Count > 0 && Covers(k.Actors, e.Actors) && e.Actors.Count > 0 && DeniedInSentence(document, e);

    // Verbs of denial; and verbs of saying that deny when negated ("did not say", "stopped short of saying").
    private static readonly FrozenSet<string> DenialVerbs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "denied", "denies", "deny", "denying");
    private static readonly FrozenSet<string> SayingVerbs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "say", "saying");
    private static readonly FrozenSet<string> SayingNegators = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "not", "of");

    /// <summary>
    /// Whether the event's negation is a denial said before its words: "denied targeting civilians", "did not say that Russia
    /// had fired". Not a refusal or a demand ("would not take part in any offensive", "told Israel not to carry out strikes").
    /// </summary>
    private static bool DeniedInSentence(Document document, PloverEvent e)
    {
        if (document.CharSpan(e.Trigger.Start, e.Trigger.End, Alignment.Expand) is not { } span)
            return false;
        var first = document.Sentences[e.Sentence].FirstToken;
        for (var i = first; i < span.First; i++)
        {
            var word = document.MatchWord(i);
            if (DenialVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
                || (i > first && SayingVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
                    && SayingNegators.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(i - 1))))
                return true;
        }
        return false;
    }

    /// <summary>One place named twice, or once by its country: "Lands In Hanoi" and "arrived in Vietnam" tell one arrival.</summary>
    private static bool SamePlace(PlaceReference a, PlaceReference b) =>
        a.Name == b.Name || (a.Country is { } country && country == b.Country && (a.Kind == PlaceKind.Country || b.Kind == PlaceKind.Country));

    /// <summary>
    /// Within one sentence, two verbs of a type are two acts ("launched an offensive, shelling villages"),
    /// and so are two different cues ("welcomed Kim … and held talks"), unless they restate one statement.
    /// </summary>
    private static bool TwoActs(PloverEvent k, PloverEvent e) =>
        k.Sentence == e.Sentence && (k.Category != e.Category || (k.Pattern.Form == EventForm.Verb && e.Pattern.Form == EventForm.Verb))
        && !OneStatement(k, e) && !OneMeeting(k, e);

    /// <summary>
    /// "In a phone call with Erdogan, Putin discussed grain exports", "would discuss the deal with Putin when the two
    /// leaders meet": a verb of meeting that names no kind of its own, with a meeting noun or another such verb in its
    /// sentence, tells the same meeting. The kind is the verb's own word's: "met Putin in St Petersburg for talks" is one
    /// meeting, though its venue made "met" a visit.
    /// </summary>
    private static bool OneMeeting(PloverEvent k, PloverEvent e) =>
        k.Category.Type == "CONSULT" && e.Category.Type == "CONSULT"
        && (k.Pattern.Form != e.Pattern.Form ? (k.Pattern.Form == EventForm.Verb ? k : e).Pattern.Category.Mode is null : k.Category.Mode is null && e.Category.Mode is null && k.Pattern.Form == EventForm.Verb);

    /// <summary>
    /// "condemned the strike, calling it a provocation", "demanded a ceasefire and called for talks": one party's words
    /// against another, told twice in a sentence, are one statement.
    /// </summary>
    private static bool OneStatement(PloverEvent k, PloverEvent e) =>
        k.Category.Type == e.Category.Type && k.Category.IsStatement && e.Category.IsStatement && k.Actors.Count > 0 && Compatible(k.Actors, e.Actors);

    /// <summary>
    /// A meeting's parties whichever side hosts: "the two leaders met" near one's capital is one side's visit to the other,
    /// and "the meeting" Biden spoke of afterwards is the same meeting.
    /// </summary>
    private static bool SameMeeting(PloverEvent k, PloverEvent e) =>
        k.Category.Type == "CONSULT" && Compatible([.. k.Actors, .. k.Recipients], [.. e.Actors, .. e.Recipients]);

    /// <summary>
    /// A mention that is not a bare noun names the event told before only when it names one of its actors, or, for a
    /// meeting, one of its sides whichever it makes the host ("Putin met Trump" and "Trump's talks with Putin").
    /// </summary>
    private static bool SharesParty(PloverEvent k, PloverEvent e) =>
        k.Actors.Exists(a => e.Actors.Exists(b => a.Code == b.Code))
        || (k.Category.Type == "CONSULT" && k.Actors.Concat(k.Recipients).Any(a => e.Actors.Exists(b => a.Code == b.Code) || e.Recipients.Exists(b => a.Code == b.Code)));

    private static bool SharesRecipient(PloverEvent k, PloverEvent e) => k.Recipients.Exists(a => e.Recipients.Exists(b => a.Code == b.Code));

    /// <summary>
    /// An act whose doer counts among those the other act was done to is an answer or an exchange, not the act again:
    /// "India fired missiles at Pakistan" and "the two sides traded artillery fire"; "accused Pakistan of violations" and
    /// Pakistan "blamed Indian forces for the breaches". Parties are compared by side, so rebels and their country's
    /// forces are two: "gunmen attacked the lawmaker's home" and "soldiers shot dead the group's leader" are two acts.
    /// (A meeting's sides may be told either way round; see <see cref="SameMeeting"/>.)
    /// </summary>
    private static bool TurnsOn(PloverEvent first, PloverEvent then) =>
        then.Actors.Exists(a => SideAmong(first.Recipients, a) && !SideAmong(first.Actors, a));

    private static bool SideAmong(List<Participant> parties, Participant party)
    {
        var side = Participant.SideOf(party.Code, party.Sector);
        return parties.Exists(p => Participant.SideOf(p.Code, p.Sector) == side);
    }

    /// <summary>
    /// A charge is made by what it charges, and an agreement by what it agrees to: "blamed the explosions on Islamabad" and,
    /// later, "accused Pakistan of violating Afghan sovereignty" are two allegations by one party against another; "agreed to
    /// resume trade talks" and, later, "pledged to meet every year" two undertakings of the same parties. Told again, such an
    /// act is named by a noun ("the accusation", "the deal") or answered by a denial, so two verbs of it in two sentences are two.
    /// </summary>
    private static bool TwoUndertakings(PloverEvent k, PloverEvent e) =>
        k.Sentence != e.Sentence && (k.Category is { Type: "ACCUSE", Mode: "allege" } || k.Category.Type == "AGREE") && e.Category == k.Category
        && k.Pattern.Form == EventForm.Verb && e.Pattern.Form == EventForm.Verb;

    /// <summary>
    /// Money is what a commitment is: "a $95 billion aid package", "a $1 billion package of weapons" announced the same day
    /// are two, and "includes $61 billion for Ukraine" is a grant of its own within the bill. A giving or an agreement that
    /// names a sum the event told before never named is another act; one that names none, or a sum told already, may retell it.
    /// </summary>
    private bool TwoSums(PloverEvent k, PloverEvent e) =>
        k.Category.Type is "AID" or "AGREE" && HasMoney(k) && HasMoney(e)
        && !e.Quantities.Exists(q => IsMoney(q) && k.Quantities.Exists(p => IsMoney(p) && p.Value == q.Value && p.Unit == q.Unit));

    private bool HasMoney(PloverEvent e) => e.Quantities.Exists(IsMoney);

    private bool IsMoney(Quantity q) => lexicon.Currencies.Contains(q.Unit);

    /// <summary>
    /// An act that did not happen is known only by its words: "Britain will lease back Diego Garcia" and "It will pay £101m a
    /// year" are two promises, and "a signing planned for last month fell through" and "neither parliament has ratified it"
    /// two acts not done. A verb of the body told unreal by its own cue, in a sentence of its own, tells another act than
    /// one the body told unreal before; a headline's terse news the body retells is not another (see <see cref="OpenHeadline"/>),
    /// nor a noun naming the act again ("a long-expected counteroffensive" and "the failure of its offensive").
    /// </summary>
    private static bool TwoUnrealActs(Document document, PloverEvent k, PloverEvent e) =>
        e.Pattern.Form == EventForm.Verb && k.Sentence != e.Sentence && k.Modality == e.Modality && e.Modality is EventModality.Future or EventModality.Hypothetical or EventModality.Negated
        && k.ModalityFromCue && e.ModalityFromCue && !ModalityTagger.InHeadline(document, k.Sentence);

    /// <summary>One's codes contain the other's (as sets).</summary>
    private static bool Compatible(List<Participant> a, List<Participant> b) => Covers(b, a) || Covers(a, b);

    private static bool Covers(List<Participant> outer, List<Participant> inner)
    {
        foreach (var p in inner)
        {
            var found = false;
            foreach (var q in outer)
            {
                if (string.Equals(p.Code, q.Code, StringComparison.Ordinal))
                {
                    found = true;
                    break;
                }
            }
            if (!found)
                return false;
        }
        return true;
    }

    private static void AddQuantities(PloverEvent k, PloverEvent e) =>
        k.Quantities.AddRange(e.Quantities.Where(q => !k.Quantities.Exists(p => p.Start == q.Start)));

    /// <summary>
    /// Adds <paramref name="e"/> as a mention of <paramref name="k"/>, which takes the details it names better. A verb's word
    /// used as a noun ("Washington condemned the sentences") was given the parties, setting and topics of the sentence around
    /// it, which tells another act, so it lends only its evidence and the figures it counts ("the 1,000 troops") (<paramref name="lendsDetails"/> false).
    /// </summary>
    private static void Join(PloverEvent k, PloverEvent e, bool lendsDetails = true)
    {
        k.Evidence.Add(e.Trigger);
        k.Explanations["evidence"] = $"merge: {k.Evidence.Count} mentions of the same type, parties, date and place";
        AddQuantities(k, e);
        if (!lendsDetails)
            return;
        // The mode of a giving that retells a pledge is the gift's, not the promise's.
        if (k.Category.Mode is null && e.Category.Mode is not null && k.Category.Type == e.Category.Type)
        {
            k.Category = e.Category;
            if (k.PloverCategory.Type == e.Category.Type)
                k.PloverCategory = e.PloverCategory;
        }
        JoinParties(k, e);
        // The finer of two places: the city rather than its country.
        if (k.Location?.Place is null or { Kind: PlaceKind.Country } && e.Location?.Place is { Kind: not PlaceKind.Country })
            k.Location = e.Location;
        k.Location ??= e.Location;
        k.Date ??= e.Date;
        k.Attribution ??= e.Attribution;
        k.AttributionSource ??= e.AttributionSource;
        k.Hedged |= e.Hedged;
        k.Contexts.UnionWith(e.Contexts);
    }

    private static void JoinParties(PloverEvent k, PloverEvent e)
    {
        // A mention naming more actors names them better, unless it counts among them whom the event is done to: "the
        // Ukrainian leader addressed a joint meeting of Congress" does not undo who visits whom.
        // Parties only carried from the act before are a guess: it names no event's parties better than doers of its own,
        // and may only fill in whom an attack was done to when it named no one.
        if (e.ActorsCarried && k.Actors.Count > 0 && !k.ActorsCarried)
        {
            if (k.Recipients.Count == 0 && k.Category.Type == "ASSAULT")
                k.Recipients.AddRange(e.Recipients);
            return;
        }
        if (k.Actors.Count < e.Actors.Count && (k.Actors.Count == 0 || !e.Actors.Exists(a => k.Recipients.Exists(r => r.Code == a.Code))))
        {
            k.Actors.Clear();
            k.Actors.AddRange(e.Actors);
        }
        if (k.Recipients.Count < e.Recipients.Count)
        {
            k.Recipients.Clear();
            k.Recipients.AddRange(e.Recipients);
        }
        // An actor that is also the recipient was misread ("after Taipei visit" took the place visited for the visitor):
        // a mention naming another actor names it better.
        if (k.Actors.Count > 0 && k.Actors.TrueForAll(a => IsRecipient(k, a)) && e.Actors.Count > 0 && !e.Actors.Exists(a => IsRecipient(k, a)))
        {
            k.Actors.Clear();
            k.Actors.AddRange(e.Actors);
        }
    }

    private static bool IsRecipient(PloverEvent e, Participant party) => e.Recipients.Exists(r => r.Code == party.Code);
}
