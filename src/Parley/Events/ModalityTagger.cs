using System.Collections.Frozen;
using Parley.Documents;
using Parley.Pipeline;

namespace Parley.Events;

/// <summary>
/// The "modality" component: decides for each event whether it happened (PLOVER's auxiliary modes),
/// whether the wording hedges it, and who says so.
/// <list type="bullet">
/// <item>Cues (<c>events/modality-cues.tsv</c>) govern an event when they stand in its clause before its words;
/// a condition ("if") reaches back to the start of the sentence. Speculation outranks the rest: an event with
/// any hypothetical cue is hypothetical, never asserted.</item>
/// <item>An event in a list item takes the future or speculation of the sentence introducing the list
/// ("The goals of the talks are: …").</item>
/// <item>An event told as the content of an allegation ("accused X of attacking Y") is hypothetical.</item>
/// <item>An event in the condition of a threat or pledge ("would strike if the group broke the truce") only
/// names what is demanded or feared: it joins an event told elsewhere or is dropped at the merge.</item>
/// <item>Without cues, the event's date decides: after the publication date it is future, seven months or more
/// before it historical.</item>
/// <item>The manual's coding rule follows: future or hypothetical cooperation (CONSULT, SUPPORT, COOPERATE, AID)
/// is coded AGREE, a future retreat CONCEDE (<see cref="PloverEvent.PloverCategory"/>).</item>
/// </list>
/// </summary>
public sealed class ModalityTagger(EventLexicon lexicon) : IPipelineComponent
{
    // How far back from an event's words its clause may reach, in tokens.
    private const int ClauseReach = 12;

    // How far after a noun its predicate's modal word may stand ("sanctions were also likely").
    private const int PredicateReach = 4;

    private static readonly FrozenSet<string> Copulas = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "is", "are", "was", "were", "be", "been", "remains", "remain", "remained", "seems", "seem", "seemed", "looks", "look", "looked",
        "appears", "appear", "appeared");

    private static readonly FrozenSet<string> Determiners = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "the", "these", "those", "this", "that", "its", "their", "his", "her");

    // Verbs that tell only that an event happens, with the word each needs after it: "take place", "go ahead", "begin".
    private static readonly FrozenDictionary<string, string> OccurrenceVerbs = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["take"] = "place", ["go"] = "ahead", ["be"] = "held", ["happen"] = "", ["occur"] = "", ["begin"] = "", ["start"] = "",
        ["resume"] = "", ["proceed"] = "", ["materialise"] = "", ["materialize"] = "",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    // How far after a noun the modal of its occurrence verb may stand, past the noun's own parties
    // ("a meeting between Lithuanian and Polish officials may take place").
    private const int OccurrenceReach = 8;

    // Adverbs that may stand between the modal and that verb: "could soon take place".
    private static readonly FrozenSet<string> OccurrenceAdverbs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "soon", "still", "now", "also", "not");

    // Words that end a party's phrase and open a clause of its own: "a memorandum with Somaliland that could give it access".
    private static readonly FrozenSet<string> PhraseEnders = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "that", "which", "who", "whom", "whose", "when", "where", "while", "as", "to", "and", "or", "but", "if", "because", "than", "after", "before", "since", "until");

    // Prepositions that lead a noun event's parties or place ("attack on Taiwan", "strike by Israel").
    private static readonly FrozenSet<string> PartyPrepositions = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "on", "against", "by", "of", "in", "at", "near", "from", "across", "into", "over", "with", "between");

    // Words that may stand between a modal and the negation it governs ("could still not").
    private const int ModalBeforeNegation = 1;

    // How many words may stand between a hyphenated describer ("would-be") and the event noun it speaks of: none, as the
    // word after it is the noun it describes ("a would-be coup"; "would-be candidates detained" tells of the candidates).
    private const int DescribedNounReach = 0;

    // An event dated this many days or more before publication is background: news of seven months back ("Relations soured
    // in July, when Paris backed Morocco's plan" in an April story) is told as the past that led here, not as the news.
    private const int HistoricalDays = 215;

    // A sentence naming a date this many days or more before publication sets its undated events in the background. It
    // takes a year: a sentence may tell today's news beside a clause of the recent past ("his first journey abroad since
    // Russian forces invaded in February, as the administration unveiled new aid").
    private const int BackgroundSentenceDays = 300;

    private static readonly FrozenSet<string> ClauseBreaks = FrozenSet.Create(StringComparer.Ordinal, ",", ";", ":", "(", ")", "\u2014", "\u2013");

    // Words that open a clause of its own: "is expected to discuss aid when he arrives" — the arrival is not speculated.
    private static readonly FrozenSet<string> Subordinators = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "when", "while", "after", "before", "because", "although", "though", "whereas", "until", "once", "who", "which");

    // The subordinators that open an adverbial clause, not a relative one.
    private static readonly FrozenSet<string> AdverbialSubordinators = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "when", "while", "after", "before", "because", "although", "though", "whereas", "until", "once");

    private static readonly FrozenSet<string> Conjunctions = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "and", "but", "or", "yet", "so");

    private static readonly FrozenSet<string> Intentions = FrozenSet.Create(StringComparer.Ordinal, "CONSULT", "SUPPORT", "COOPERATE", "AID");

    /// <summary>A tagger using the shipped event lexicon.</summary>
    public ModalityTagger() : this(EventLexicon.Shipped) { }

    /// <inheritdoc />
    public string Name => "modality";

    /// <inheritdoc />
    public IReadOnlyList<string> Requires => [Annotations.Events, Annotations.PublicationDate];

    /// <inheritdoc />
    public IReadOnlyList<string> Assigns => [Annotations.Modality];

    /// <inheritdoc />
    public void Process(Document document, CancellationToken cancellationToken)
    {
        var published = document.Metadata.Published?.Date.AsDay;
        var sentence = -1;
        var mentionCursor = 0;
        SentenceCues cues = default;
        Mentions.Mention? background = null;
        (int First, int End)? backgroundClause = null;
        foreach (var e in document.Events)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (e.Sentence != sentence)
            {
                sentence = e.Sentence;
                cues = SentenceCues.Find(document, document.Sentences[sentence], lexicon);
                background = published is { } day
                    ? BackgroundDate(document, document.Sentences[sentence], day, ref mentionCursor) ?? BackgroundGoneOn(document, sentence, day)
                    : null;
                backgroundClause = background is null ? null : RelativeClauseOf(document, document.Sentences[sentence], cues, background);
            }
            var first = document.CharSpan(e.Trigger.Start, e.Trigger.End, Alignment.Expand)!.Value;
            // A date that says when another act or thing was ("frees researcher abducted in 2023") is not the act's.
            var borrowed = BorrowedDate.Of(document, e);
            if (borrowed)
            {
                e.Explanations["date"] = $"modality: '{document.Text[e.Date!.Start..e.Date.End]}' dates another act or thing of its sentence, not this one";
                e.Date = null;
            }
            // An event whose finder settled its modality by its own words (penalties named as in force were laid before) keeps it.
            var condition = e.ModalityFromCue ? -1 : Decide(document, e, cues, first.First, first.End, published);
            if (e.Modality == EventModality.Asserted && !e.ModalityFromCue && e.Date is null && !borrowed && background is not null
                && (backgroundClause is not { } relative || (first.First >= relative.First && first.First < relative.End)))
            {
                e.Modality = EventModality.Historical;
                e.ModalityFromCue = true;
                e.Explanations["modality"] = $"modality: no date of its own in a sentence set a year or more back ('{document.Text[background.Start..background.End]}')";
            }
            if (condition >= 0 && ConditionOf(document, e, cues, condition) is { } threat)
            {
                e.IsReference = true;
                e.Explanations["reference"] = $"modality: the condition of '{document.Text[threat.Trigger.Start..threat.Trigger.End]}', not an event told";
            }
            if (e.Modality == EventModality.Asserted && ListIntroduction(document, e.Sentence) is { } intro
                && SentenceCues.Find(document, document.Sentences[intro], lexicon).Cues.FirstOrDefault(c => c.Cue is ModalityCue.Future or ModalityCue.Hypothetical) is { Cue: var governing })
            {
                e.Modality = governing == ModalityCue.Future ? EventModality.Future : EventModality.Hypothetical;
                e.ModalityFromCue = true;
                e.Explanations["modality"] = $"modality: a list item under \"{SentenceText(document, intro)}\"";
            }
            if (Accusation(document, e, cues) is { } accusation)
            {
                e.Modality = EventModality.Hypothetical;
                e.ModalityFromCue = true;
                e.Explanations["modality"] = $"modality: what '{document.Text[accusation.Trigger.Start..accusation.Trigger.End]}' claims, not a reported fact";
            }
            e.PloverCategory = e.Modality is EventModality.Future or EventModality.Hypothetical
                ? Intentions.Contains(e.Category.Type) || ForcesGivenToPartner(document, e, first.First) ? lexicon.Category("AGREE", null)
                : e.Category.Type == "RETREAT" ? lexicon.Category("CONCEDE", null) : e.Category
                : e.Category;
            if (e.PloverCategory != e.Category)
                e.Explanations["plover_type"] = $"modality: a {e.Modality.ToString().ToLowerInvariant()} {e.Category.Type} is coded {e.PloverCategory.Type} (PLOVER manual)";
            Hedge(document, e, cues);
            Attribute(document, e, cues, first.First, first.End);
            WeekdayDirection.Settle(document, e, published);
        }
    }

    /// <summary>
    /// "will send troops to Israel", "accuses Rwanda of sending troops to help the rebels": forces a party is to give
    /// another are help promised, AGREE like a promised delivery of arms; forces sent to a place of its own choosing
    /// ("could send warships to the area", no recipient) are a show of force and stay MOBILIZE.
    /// </summary>
    private bool ForcesGivenToPartner(Document document, PloverEvent e, int cue) =>
        e.Category.Type == "MOBILIZE" && lexicon.GivingVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(cue))
        && e.Recipients.Exists(r => !e.Actors.Exists(a => a.Code == r.Code));

    // Words after a participle that make it a verb's ("expected to", "feared that", "anticipated by"), not a noun's describer.
    private static readonly FrozenSet<string> VerbComplements = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "to", "that", "by", "as", "in", "for", "of");

    /// <summary>Whether the one-word cue <c>[cueFirst, cueEnd)</c> is a participle standing before a noun it describes.</summary>
    private static bool DescribesNounAfter(Document document, int cueFirst, int cueEnd, Sentence sentence)
    {
        if (cueEnd - cueFirst != 1 || cueEnd >= sentence.EndToken || !document.MatchWord(cueFirst).EndsWith("ed", StringComparison.OrdinalIgnoreCase))
            return false;
        var next = document.MatchWord(cueEnd);
        return next.Length > 1 && !next.ContainsAnyExceptInRange('a', 'z')
               && !VerbComplements.GetAlternateLookup<ReadOnlySpan<char>>().Contains(next);
    }

    /// <summary>
    /// "warned that Israel would strike Hezbollah if the group broke the agreement", "pledging mutual assistance
    /// if either is attacked": an event in the condition of a threat, a pledge, a pact or an announced step is what the
    /// speaker demands or fears, part of that statement ("warned that the fighting could resume if it refused"). Speculation
    /// keeps its conditions as events of their own ("could be forced to abandon the town if assaults continue"), after a pact
    /// too ("signed the accord, but it could collapse if Uganda refuses to ratify it").
    /// </summary>
    private static PloverEvent? ConditionOf(Document document, PloverEvent e, SentenceCues cues, int condition)
    {
        var conditionStart = document.Tokens[condition].Start;
        foreach (var k in document.Events)
        {
            if (k.Sentence == e.Sentence && k.Trigger.End <= conditionStart && k != e
                && (k.Category.Type is "THREATEN" or "AGREE" || k.Modality == EventModality.Future
                    || (k.Category.Type == "SUPPORT" && !cues.Cues.Exists(c => c.Cue == ModalityCue.Hypothetical && document.Tokens[c.First].Start >= k.Trigger.End && c.First < condition))))
                return k;
        }
        return null;
    }

    /// <summary>Sets the event's modality; returns the token of the condition ("if") governing it, or −1.</summary>
    private static int Decide(Document document, PloverEvent e, SentenceCues cues, int first, int end, DateOnly? published)
    {
        var sentence = document.Sentences[e.Sentence];
        // A noun is governed by the whole sentence before it: "are expected to cover topics, from military aid to …";
        // a definite one names an event told before, which a cue of another clause does not make speculation
        // ("Kyiv may be trying to force Moscow to move troops, and that the incursion could last for weeks").
        // Not one that opens a phrase of its own: "agreed to a ceasefire after talks in Doha" — the talks came before the
        // agreement, whatever the agreement looks forward to.
        var clauseStart = e.Pattern.Form == EventForm.Noun && !Definite(document, first, sentence) && !OpensSubordinatePhrase(document, first, sentence)
            ? sentence.FirstToken : first;
        while (clauseStart > sentence.FirstToken && first - clauseStart < ClauseReach && !IsBreak(document, clauseStart - 1)
               && !Subordinators.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(clauseStart - 1)))
            clauseStart--;
        if (SettingBefore(document, cues, first) is { } settingEnd)
            clauseStart = Math.Max(clauseStart, settingEnd);
        (int First, ModalityCue Cue)? nearest = null;
        // Whether a doubt governs the event, whatever plan stands nearer: "It is possible that participants will call for restraint",
        // "any progress will depend on the willingness of all parties to make concessions".
        var speculated = false;
        var condition = -1;
        var negatedAt = -1;
        var negatedEnd = -1;
        foreach (var (cueFirst, cueEnd, cue) in cues.Cues)
        {
            // A negation inside the event's own words: "announced no ceasefire".
            if (cue == ModalityCue.Negated && cueFirst > first && cueEnd <= end)
            {
                // "would not step down": a cue that opens with its own modal and negation is a refusal, made as it is told.
                if (cues.Cues.Exists(c => c.First == first && c.Cue is ModalityCue.Future or ModalityCue.Hypothetical))
                    continue;
                // "saw no reason to hold talks", "told residents not to return": a negation the cue's own pattern spells out
                // is the refusal or the order it names, made as it is told.
                if (PatternSpells(e.Pattern, document, cueFirst, cueEnd))
                    continue;
                (negatedAt, negatedEnd) = (cueFirst, cueEnd);
                nearest = (cueFirst, cue);
                Note(e, cue, document, cueFirst, cueEnd);
                continue;
            }
            // "more fighting could break out", "breakthroughs will be achieved": a modal the cue's own pattern spells after its
            // noun makes the event speculation or a plan.
            if (cue is ModalityCue.Hypothetical or ModalityCue.Future && e.Pattern.Form == EventForm.Noun && cueFirst > first && cueEnd <= end && PatternSpells(e.Pattern, document, cueFirst, cueEnd))
            {
                nearest = (cueFirst, cue);
                Note(e, cue, document, cueFirst, cueEnd);
                continue;
            }
            if (cueFirst >= first)
                continue;
            // "several would-be candidates jailed before the vote": a describer hyphenated into one word speaks of the noun
            // it stands before, not of the acts told of that noun.
            if (first - cueEnd > DescribedNounReach && HyphenatedWord(document, cueFirst, cueEnd))
                continue;
            if (cue == ModalityCue.Condition)
            {
                // "to come to each other's aid if either is attacked, after a signing planned for last month fell through": a clause
                // set off after the condition is not part of it, as one within it is ("if talks fail before June").
                if (AdverbialClauseBetween(document, cueEnd, first, setOff: true))
                    continue;
                // "if the group, which has killed dozens since 2012, mounts another attack": an aside on a party tells what that
                // party did, which the condition does not reach; and "if prisoners were not freed, and Paris has told its
                // citizens not to travel" opens a statement of its own after the condition.
                if (InAside(document, cueEnd, first) || NewPredicateBetween(document, cueEnd, first))
                    continue;
                condition = cueFirst;
                Note(e, cue, document, cueFirst, cueEnd);
                continue;
            }
            // "accused Belarus of sending migrants and said it would close two crossings": a new statement ends the doubt.
            if (cue == ModalityCue.Report)
                speculated = false;
            // "In the past, Moscow has criticised …": a background phrase opening the sentence covers all of it.
            var opensSentence = cue == ModalityCue.Past && cueFirst == sentence.FirstToken;
            // "two years after the invasion began": a cue ending in the word that opens the clause governs it.
            var opensClause = cueEnd == clauseStart;
            if ((cueFirst < clauseStart && !opensSentence && !opensClause) || cue is ModalityCue.Hedge or ModalityCue.Report or ModalityCue.Source or ModalityCue.Topic or ModalityCue.Setting or ModalityCue.Failed)
                continue;
            // "he would be sworn in within days and promised elections": a past verb joined by "and" is no verb the modal takes,
            // nor one a background phrase within the clause puts in the past ("travelled to Kyiv for his first visit since taking
            // office and signed a pact").
            if ((cue is ModalityCue.Hypothetical or ModalityCue.Future || (cue == ModalityCue.Past && !opensSentence)) && JoinedPastVerb(document, cues, cueEnd, first))
                continue;
            // "would restore a pact that it had threatened to scrap": a verb with a perfect of its own is a clause of its own,
            // which a plan before it does not take.
            if (cue == ModalityCue.Future && OwnPerfect(document, cueEnd, first))
                continue;
            // "has accused foreign-funded groups of organising the unrest and has ruled out a new election": nor does a claim
            // or a doubt reach a new predicate.
            if (cue == ModalityCue.Hypothetical && NewPredicateBetween(document, cueEnd, first))
                continue;
            if (cue == ModalityCue.Negated && (DeniesAnotherAct(document, e, cues, cueFirst, cueEnd, first) || NewPredicateBetween(document, cueEnd, first)
                                               || RelativeOfNegatedNoun(document, cues, cueFirst, cueEnd, first)
                                               || cues.Cues.Exists(c => c.Cue == ModalityCue.Topic && c.First >= cueEnd && c.End <= first)))
                continue;
            // "has not ruled out fresh strikes": a denial denied leaves the act possible, and takes the negation before it.
            if (cue == ModalityCue.Negated && DeniedDenial(cues, cueFirst))
            {
                negatedAt = -1;
                nearest = (cueFirst, ModalityCue.Hypothetical);
                Note(e, ModalityCue.Hypothetical, document, cueFirst, cueEnd);
                continue;
            }
            // "said his position had not changed and that Hungary would not send weapons": a modal in a clause opened after a
            // negation is a verb group of its own, which that negation does not reach ("neither country would threaten" is one clause).
            // Nor is the plan a denial denies ("denied that any plan would be carried out").
            if (cue == ModalityCue.Future && negatedAt >= 0 && ClauseOpensBetween(document, negatedEnd, cueFirst) && !IsDenial(cues, negatedAt))
                negatedAt = -1;
            if (cue == ModalityCue.Negated)
                (negatedAt, negatedEnd) = (cueFirst, cueEnd);
            if (cue == ModalityCue.Future && speculated)
                continue;
            // A claim with its content ("warned that Russia would strike") tells what its speaker says is to come; a doubt does not.
            // A participle before a noun describes that noun ("a highly anticipated agenda for the upcoming talks"), no doubt over the plan after it.
            speculated |= cue == ModalityCue.Hypothetical && !document.MatchWord(cueEnd - 1).Equals("that", StringComparison.OrdinalIgnoreCase)
                          && !DescribesNounAfter(document, cueFirst, cueEnd, sentence);
            nearest = (cueFirst, cue);
            Note(e, cue, document, cueFirst, cueEnd);
        }
        // "did not" negates; "could not" stays speculation. Otherwise the cue nearest the event's words decides:
        // "the highly anticipated agenda for the upcoming talks" is about talks to come.
        // The modal stands right before its negation, an adverb at most between ("could not", "may still not"): a
        // hedge further back ("had not seen any proposal and that no meeting …") governs something else.
        var negated = negatedAt >= 0
                      && !cues.Cues.Exists(c => c.Cue == ModalityCue.Hypothetical && c.First < negatedAt && c.First >= clauseStart && negatedAt - c.End <= ModalBeforeNegation);
        e.Modality = negated ? EventModality.Negated
            : condition >= 0 ? EventModality.Hypothetical
            : nearest?.Cue switch
            {
                // A negation not taken as one is under a modal before it ("could not reach a deal"): speculation, never fact.
                ModalityCue.Hypothetical or ModalityCue.Negated => EventModality.Hypothetical,
                ModalityCue.Future => EventModality.Future,
                ModalityCue.Past => EventModality.Historical,
                _ => EventModality.Asserted,
            };
        e.ModalityFromCue = nearest is not null || condition >= 0;
        // "a signing planned for last month fell through": a noun (or a verb cue after a determiner, read as one) whose own
        // predicate says it never took place is negated, whatever planned or promised it.
        if ((e.Pattern.Form == EventForm.Noun || (first > sentence.FirstToken && IsDeterminer(document, first - 1))) && Failure(document, cues, end, sentence) is { } failure)
        {
            e.Modality = EventModality.Negated;
            e.ModalityFromCue = true;
            Note(e, failure.Cue, document, failure.First, failure.End);
            return condition;
        }
        // A noun, or a verb cue used as one ("Protests are also possible"), can be the subject of a speculative predicate.
        var subjectNoun = e.Pattern.Form == EventForm.Noun || (end < sentence.EndToken && Copulas.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(end)));
        if (e.Modality == EventModality.Asserted && subjectNoun && !Definite(document, first, sentence)
            && Predicated(document, cues, end, sentence) is { } predicate)
        {
            e.Modality = predicate.Cue == ModalityCue.Negated ? EventModality.Negated : EventModality.Hypothetical;
            e.ModalityFromCue = true;
            Note(e, predicate.Cue, document, predicate.First, predicate.End);
        }
        // "the prisoner exchange could take place", "a meeting between officials may take place soon": whatever the
        // determiner, a modal that says whether the event itself happens governs it; a doubt outranks a plan
        // ("the planned summit may not take place").
        else if (e.Pattern.Form == EventForm.Noun && Occurrence(document, cues, end, sentence) is { } occurrence
                 && (e.Modality == EventModality.Asserted || (e.Modality == EventModality.Future && occurrence.Cue != ModalityCue.Future)))
        {
            e.Modality = occurrence.Cue switch
            {
                ModalityCue.Future => EventModality.Future,
                ModalityCue.Negated => EventModality.Negated,
                _ => EventModality.Hypothetical,
            };
            e.ModalityFromCue = true;
            Note(e, occurrence.Cue, document, occurrence.First, occurrence.End);
        }
        // "a Chinese attack on Taiwan could justify a response", "analysts say U.S. strikes could follow": an event named with
        // "a" (a verb cue read as a noun too) or with only its parties' names, subject of a modal verb, is only supposed.
        else if (e.Modality == EventModality.Asserted && (Indefinite(document, first, sentence) || NamedOnlyByParties(document, first, sentence))
                 && ModalAfterSubject(document, cues, end, sentence) is { } modal)
        {
            e.Modality = EventModality.Hypothetical;
            e.ModalityFromCue = true;
            Note(e, modal.Cue, document, modal.First, modal.End);
        }
        // Headlines drop the auxiliary: "Global Leaders to Meet for High-Level Talks" is leaders who are to meet.
        if (!e.ModalityFromCue && e.Pattern.Form == EventForm.Verb && first > sentence.FirstToken
            && document.MatchWord(first - 1).Equals("to", StringComparison.OrdinalIgnoreCase) && InHeadline(document, e.Sentence))
        {
            e.Modality = EventModality.Future;
            e.ModalityFromCue = true;
            e.Explanations["modality"] = "modality: 'to' before the verb of a headline";
        }
        if (!e.ModalityFromCue && ScheduledVisit(document, e, first, published))
        {
            e.Modality = EventModality.Future;
            e.ModalityFromCue = true;
            e.Explanations["modality"] = "modality: a visit told in the present with its weekday, a trip on the schedule";
        }
        if (RecentUnderPastCue(document, e, nearest, published))
        {
            e.Modality = EventModality.Asserted;
            e.Explanations["modality"] = "modality: a past cue, but dated within seven months of the publication date in its own phrase";
        }
        if (e.Modality == EventModality.Asserted && published is { } day && e.Date?.Time is { } time)
        {
            if (time.First > day && !ToldAsDone(document, first))
            {
                e.Modality = EventModality.Future;
                e.ModalityFromCue = true;
                e.Explanations["modality"] = "modality: its date is after the publication date";
            }
            else if (day.DayNumber - time.Last.DayNumber >= HistoricalDays)
            {
                e.Modality = EventModality.Historical;
                e.ModalityFromCue = true;
                e.Explanations["modality"] = "modality: its date is seven months or more before the publication date";
            }
        }
        if (!e.Explanations.ContainsKey("modality"))
            e.Explanations["modality"] = "modality: no cue governs it; reported as fact";
        return condition;
    }

    /// <summary>
    /// "Merz arrives in Washington on Wednesday for his first meeting with Trump", "Trump, who lands in Riyadh on Tuesday":
    /// a trip told in the present simple with a bare weekday after it, in the body of a story, is the timetable, still to
    /// come (the date recognizer read the weekday as the last one; <see cref="WeekdayDirection"/> moves it on). A headline's
    /// present tells what happened ("Modi visits Kyiv"), and a weekday on or after publication already dates it.
    /// </summary>
    private static bool ScheduledVisit(Document document, PloverEvent e, int first, DateOnly? published)
    {
        if (e.Category is not { Type: "CONSULT", Mode: "visit" } || e.Pattern.Form != EventForm.Verb || published is not { } day
            || e.Date is not { Time: { Precision: Mentions.TimePrecision.Day } time } date || time.First >= day || day.DayNumber - time.First.DayNumber >= 7
            || date.Start < e.Trigger.End
            || !WeekdayDirection.IsWeekdayName(document.Text.AsSpan(date.Start, date.End - date.Start)) || InHeadline(document, e.Sentence))
            return false;
        var verb = document.MatchWord(first);
        return verb.Length > 3 && verb.EndsWith('s') && !verb.EndsWith("ss", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// "since Israeli and U.S. strikes in June" in a September story, "since soldiers overthrew Bazoum in July last year" in a
    /// January one: an event a past cue sets in the background, dated in its own phrase (after the cue) less than seven
    /// months before publication, is recent news, as it would be without the cue (see <see cref="HistoricalDays"/>).
    /// </summary>
    private static bool RecentUnderPastCue(Document document, PloverEvent e, (int First, ModalityCue Cue)? nearest, DateOnly? published) =>
        e.Modality == EventModality.Historical && nearest is { Cue: ModalityCue.Past } past && published is { } day
        && e.Date is { Time: { } time } date && date.Start > document.Tokens[past.First].Start
        && time.Last <= day && day.DayNumber - time.Last.DayNumber < HistoricalDays;

    /// <summary>
    /// "an accord signed in Barbados on holding an election next year", "citing what he called a witch hunt" beside a tariff
    /// "from August 1": a cue whose verb is in the past ("-ed") tells an act done, so a later date in its sentence dates
    /// another clause's act and does not make this one to come. Not a verb with an infinitive ("agreed to meet next
    /// year"), whose later date is that of the act it names.
    /// </summary>
    private static bool ToldAsDone(Document document, int first)
    {
        var word = document.MatchWord(first);
        return word.Length > PastEnding.Length + 1 && word.EndsWith(PastEnding, StringComparison.OrdinalIgnoreCase)
               && (first + 1 >= document.Tokens.Length || !document.MatchWord(first + 1).Equals("to", StringComparison.OrdinalIgnoreCase));
    }

    private const string PastEnding = "ed";

    /// <summary>
    /// Whether a subordinator opening an adverbial clause ("after", "when") stands among tokens [<paramref name="from"/>,
    /// <paramref name="to"/>), set off by a clause break before it when <paramref name="setOff"/>. A relative pronoun opens
    /// no such clause: "if the group, which has killed dozens, mounts another attack".
    /// </summary>
    private static bool AdverbialClauseBetween(Document document, int from, int to, bool setOff)
    {
        for (var i = from; i < to; i++)
        {
            if ((!setOff || (i > from && IsBreak(document, i - 1))) && AdverbialSubordinators.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(i)))
                return true;
        }
        return false;
    }

    /// <summary>Whether tokens [<paramref name="first"/>, <paramref name="end"/>) spell one hyphenated word ("would-be").</summary>
    private static bool HyphenatedWord(Document document, int first, int end)
    {
        var text = document.Text.AsSpan(document.Tokens[first].Start, document.Tokens[end - 1].End - document.Tokens[first].Start);
        return text.Contains('-') && !text.ContainsAny(' ', '\n');
    }

    /// <summary>
    /// Whether the token <paramref name="first"/> stands in an aside opened after <paramref name="from"/> and not yet closed:
    /// a "which", "who" or "whose" set off by a clause break, with no break after it up to the event ("the colonel, who seized
    /// power in 2020").
    /// </summary>
    private static bool InAside(Document document, int from, int first)
    {
        for (var i = first - 1; i > from; i--)
        {
            if (IsBreak(document, i))
                return false;
            if (IsBreak(document, i - 1) && AsideOpeners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(i)))
                return true;
        }
        return false;
    }

    private static readonly FrozenSet<string> AsideOpeners = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "which", "who", "whose");

    /// <summary>
    /// "The Kremlin denied orchestrating the flow and condemned the closures": a verb of denial (a negation that is also a verb
    /// of saying) denies its own object; a finite verb joined to it by "and" or "but" is another act of its subject, unless a
    /// "that" before it makes it part of what is denied ("denied that it had attacked and killed civilians"). A statement so
    /// joined is the denier's own next words whatever stands between ("denied that its troops had crossed the border and
    /// dismissed the reports as lies").
    /// </summary>
    private static bool DeniesAnotherAct(Document document, PloverEvent e, SentenceCues cues, int cueFirst, int cueEnd, int first)
    {
        if (first - 1 <= cueEnd || !Conjunctions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(first - 1))
            || document.MatchWord(first).EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            || !IsDenial(cues, cueFirst))
            return false;
        if (e.Category.IsStatement)
            return true;
        for (var i = cueEnd; i < first - 1; i++)
        {
            if (Relatives.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(i)))
                return false;
        }
        return true;
    }

    /// <summary>
    /// Whether the event's first word, at <paramref name="first"/>, is a past form ending in "-ed" or a verb of saying ("accused
    /// the pair of stirring up confrontation and said their cooperation must not harm …") right after an "and" or "but" that
    /// stands after <paramref name="from"/>, with no "have" between (as in "would have met and agreed").
    /// </summary>
    private static bool JoinedPastVerb(Document document, SentenceCues cues, int from, int first)
    {
        if (first - 1 <= from || document.MatchWord(first - 1) is not ("and" or "but")
            || !(document.MatchWord(first).EndsWith("ed", StringComparison.Ordinal) || cues.Cues.Exists(c => c.First == first && c.Cue == ModalityCue.Report))
            || !char.IsLower(document.MatchText[document.Tokens[first].Start]))
            return false;
        for (var i = from; i < first - 1; i++)
        {
            if (document.MatchWord(i).Equals("have", StringComparison.OrdinalIgnoreCase))
                return false;
        }
        return true;
    }

    // Articles that make the words after a negation a noun phrase: "not the firms", "not a deal".
    private static readonly FrozenSet<string> Articles = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "the", "a", "an");

    /// <summary>
    /// "through a foundation, not the firms that the court ordered to pay damages": a negation of a noun phrase denies the
    /// noun, not the act of a relative clause on it, which is told as fact. Not a verb of denial ("denied the reports that
    /// troops had crossed"), whose object is the act denied.
    /// </summary>
    private static bool RelativeOfNegatedNoun(Document document, SentenceCues cues, int cueFirst, int cueEnd, int first)
    {
        if (cueEnd >= first || !Articles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(cueEnd))
            || IsDenial(cues, cueFirst))
            return false;
        for (var i = cueEnd + 1; i < first; i++)
        {
            if (Relatives.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(i)))
                return true;
        }
        return false;
    }

    /// <summary>
    /// Whether the event's first word, at <paramref name="first"/>, follows a "had" or "has" standing after <paramref name="from"/>:
    /// a finite perfect, which no modal before it can govern ("would" takes "have", never "had").
    /// </summary>
    private static bool OwnPerfect(Document document, int from, int first) =>
        first - 1 >= from && document.MatchWord(first - 1) is var word
        && (word.Equals("had", StringComparison.OrdinalIgnoreCase) || word.Equals("has", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// "had not been told of the plan and had asked Kyiv for an explanation", "did not sign the deal but agreed to talk",
    /// "had not received any notice and remained committed to talks": a predicate after "but", or after "and" with an
    /// auxiliary or a copula of its own, is a new statement that a negation before it does not reach; "did not attack and
    /// kill" shares its negation. So is a clause set off by a comma before its "and" ("The ruling is not binding, and
    /// diplomats say governments could widen sanctions").
    /// </summary>
    private static bool NewPredicateBetween(Document document, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var word = document.MatchWord(i);
            if (word.Equals("but", StringComparison.OrdinalIgnoreCase)
                || (word.Equals("and", StringComparison.OrdinalIgnoreCase) && i > from && IsBreak(document, i - 1))
                || (word.Equals("and", StringComparison.OrdinalIgnoreCase) && i + 1 < to
                    && (Auxiliaries.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(i + 1))
                        || Copulas.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(i + 1)))))
                return true;
        }
        return false;
    }

    /// <summary>Whether a clause break, a conjunction or a "that" stands among tokens [<paramref name="from"/>, <paramref name="to"/>).</summary>
    private static bool ClauseOpensBetween(Document document, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var word = document.MatchWord(i);
            if (IsBreak(document, i) || word.Equals("that", StringComparison.OrdinalIgnoreCase)
                || Conjunctions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
                return true;
        }
        return false;
    }

    /// <summary>Whether the negation at <paramref name="cueFirst"/> is a verb of denial ("denied", "ruled out"), which is also a report.</summary>
    private static bool IsDenial(SentenceCues cues, int cueFirst) =>
        cues.Cues.Exists(c => c.First == cueFirst && c.Cue == ModalityCue.Report);

    /// <summary>Whether a negation stands right before the negating cue at <paramref name="cueFirst"/>, an adverb at most between ("not yet ruled out").</summary>
    private static bool DeniedDenial(SentenceCues cues, int cueFirst) =>
        cues.Cues.Exists(c => c.Cue == ModalityCue.Negated && c.End <= cueFirst && cueFirst - c.End <= ModalBeforeNegation);

    /// <summary>
    /// A date of the sentence a year or more before publication ("after Mahsa Amini died in custody in September 2022"),
    /// but not one after "since", which starts a span reaching to now. <paramref name="cursor"/> walks the document's
    /// mentions once, sentence by sentence.
    /// </summary>
    private static Mentions.Mention? BackgroundDate(Document document, Sentence sentence, DateOnly published, ref int cursor)
    {
        var mentions = document.Mentions;
        while (cursor < mentions.Length && mentions[cursor].Start < sentence.Start)
            cursor++;
        for (var i = cursor; i < mentions.Length && mentions[i].Start < sentence.End; i++)
        {
            if (mentions[i] is { Kind: Mentions.MentionKind.Date, IsDateline: false, Time: { } time } date
                && published.DayNumber - time.Last.DayNumber >= BackgroundSentenceDays && !AfterSince(document, date))
                return date;
        }
        return null;
    }

    /// <summary>
    /// The background date of the sentence before sentence <paramref name="index"/> of the same paragraph, when this one goes on
    /// with its story ("Both sides then moved troops", see <see cref="StoryContinuation"/>), through as many such sentences as
    /// follow one another; not a date of a relative clause there, which sets only that clause in the past.
    /// </summary>
    private Mentions.Mention? BackgroundGoneOn(Document document, int index, DateOnly published)
    {
        for (var i = index; i > 0 && document.Sentences[i - 1].Block == document.Sentences[i].Block
                            && StoryContinuation.GoesOnFromSentenceBefore(document, document.Sentences[i]); i--)
        {
            var before = document.Sentences[i - 1];
            var fromStart = 0;
            if (BackgroundDate(document, before, published, ref fromStart) is { } date)
                return RelativeClauseOf(document, before, SentenceCues.Find(document, before, lexicon), date) is null ? date : null;
        }
        return null;
    }

    /// <summary>
    /// "Algeria, which cut ties with Rabat in 2021, opened its airspace", "Saied, who suspended parliament in 2021, has branded
    /// the defendants traitors": a background date in a relative clause sets only that clause in the past, not the news of
    /// the sentence around it. Not a clause on the noun that sets the scene: "detained students during the unrest that followed
    /// the election in August 2020" dates the detentions too. Returns the tokens of that clause (to its next clause break), or
    /// null when the date is not in one.
    /// </summary>
    private static (int First, int End)? RelativeClauseOf(Document document, Sentence sentence, SentenceCues cues, Mentions.Mention date)
    {
        if (document.CharSpan(date.Start, date.End, Alignment.Expand) is not { } at)
            return null;
        for (var i = at.First - 1; i >= sentence.FirstToken && at.First - i <= ClauseReach && !IsBreak(document, i); i--)
        {
            if (!Relatives.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(i)))
                continue;
            var pronoun = i;
            if (cues.Cues.Exists(c => c.Cue == ModalityCue.Setting && c.End <= pronoun && pronoun - c.End <= PredicateReach))
                return null;
            var end = at.End;
            while (end < sentence.EndToken && !IsBreak(document, end))
                end++;
            return (i, end);
        }
        return null;
    }

    private static bool AfterSince(Document document, Mentions.Mention date) =>
        document.CharSpan(date.Start, date.End, Alignment.Expand) is { First: > 0 } at && document.MatchWord(at.First - 1).Equals("since", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A noun that is the subject of a speculative predicate: "further sanctions were likely", "protests are
    /// also possible", "an actual blockade was unlikely". The predicate may stand past the noun's own parties, as an
    /// occurrence verb may ("a resumption of talks between the two countries now looked unlikely"), but in its clause and
    /// before a condition ("a warning that they could use force if the demand was not met" has no predicate of its own).
    /// </summary>
    private static (int First, int End, ModalityCue Cue)? Predicated(Document document, SentenceCues cues, int end, Sentence sentence)
    {
        var limit = end;
        while (limit < Math.Min(sentence.EndToken, end + OccurrenceReach) && !IsBreak(document, limit)
               && !cues.Cues.Exists(c => c.First == limit && c.Cue == ModalityCue.Condition))
            limit++;
        if (!Enumerable.Range(end, Math.Max(0, limit - end)).Any(i => Copulas.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(i))))
            return null;
        foreach (var cue in cues.Cues)
        {
            if (cue.First >= end && cue.First < limit && cue.Cue is ModalityCue.Hypothetical or ModalityCue.Negated)
                return cue;
        }
        return null;
    }

    /// <summary>
    /// A cue saying the event never took place ("fell through", "was called off") within reach after a noun, in its clause:
    /// the noun is that predicate's subject.
    /// </summary>
    private static (int First, int End, ModalityCue Cue)? Failure(Document document, SentenceCues cues, int end, Sentence sentence)
    {
        foreach (var cue in cues.Cues)
        {
            if (cue.Cue != ModalityCue.Failed || cue.First < end || cue.First >= Math.Min(sentence.EndToken, end + OccurrenceReach))
                continue;
            for (var i = end; i < cue.First; i++)
            {
                if (IsBreak(document, i))
                    return null;
            }
            return cue;
        }
        return null;
    }

    /// <summary>
    /// A modal cue after a noun whose verb tells only that the event happens: "could take place", "will go ahead",
    /// "may soon begin". The cue must stand within reach of the noun, in its clause, and right before that verb
    /// (an adverb may come between).
    /// </summary>
    private static (int First, int End, ModalityCue Cue)? Occurrence(Document document, SentenceCues cues, int end, Sentence sentence)
    {
        foreach (var cue in cues.Cues)
        {
            if (cue.First < end || cue.First >= Math.Min(sentence.EndToken, end + OccurrenceReach) || cue.Cue is not (ModalityCue.Hypothetical or ModalityCue.Future or ModalityCue.Negated))
                continue;
            if (Enumerable.Range(end, cue.First - end).Any(i => IsBreak(document, i)))
                return null;
            var verb = cue.End;
            if (verb < sentence.EndToken && (document.MatchWord(verb).EndsWith("ly", StringComparison.OrdinalIgnoreCase)
                                             || OccurrenceAdverbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(verb))))
                verb++;
            if (verb >= sentence.EndToken || !OccurrenceVerbs.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(document.MatchWord(verb), out var particle))
                return null;
            return particle.Length == 0 || (verb + 1 < sentence.EndToken && document.MatchWord(verb + 1).Equals(particle, StringComparison.OrdinalIgnoreCase))
                ? cue : null;
        }
        return null;
    }

    /// <summary>Whether every word of tokens <paramref name="first"/> to <paramref name="end"/> is a word of the pattern ("see|saw no reason").</summary>
    private static bool PatternSpells(EventPattern pattern, Document document, int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            var word = document.MatchWord(i);
            var spelled = false;
            foreach (var range in pattern.Text.AsSpan().SplitAny(' ', '|'))
            {
                if (pattern.Text.AsSpan()[range].Equals(word, StringComparison.OrdinalIgnoreCase))
                {
                    spelled = true;
                    break;
                }
            }
            if (!spelled)
                return false;
        }
        return true;
    }

    /// <summary>
    /// "despite repeated requests", "during his visit", "at the rally": where a scene-setting word opens the noun's phrase,
    /// the token after it, from which on the noun's clause is its own; or null.
    /// </summary>
    private static int? SettingBefore(Document document, SentenceCues cues, int first)
    {
        foreach (var (_, cueEnd, cue) in cues.Cues)
        {
            if (cue != ModalityCue.Setting || cueEnd > first || first - cueEnd >= PredicateReach)
                continue;
            var open = true;
            for (var i = cueEnd; i < first && open; i++)
                open = document.Tokens[i].Kind is not (TokenKind.Punctuation or TokenKind.Terminal);
            if (open)
                return cueEnd;
        }
        return null;
    }

    /// <summary>"a Chinese attack", "an Israeli strike": the noun's phrase opens with "a" or "an".</summary>
    private static bool Indefinite(Document document, int first, Sentence sentence)
    {
        for (var i = first - 1; i >= sentence.FirstToken && first - i <= PredicateReach; i--)
        {
            if (document.MatchWord(i) is "a" or "an" or "A" or "An")
                return true;
            if (document.Tokens[i].Kind is TokenKind.Punctuation or TokenKind.Terminal || IsLowerVerbLike(document, i))
                return false;
        }
        return false;
    }

    /// <summary>
    /// "U.S. strikes", "say Israeli raids": the noun's phrase is only the names of its parties, with no determiner before
    /// them; so it is not an event told before ("the U.S. strikes").
    /// </summary>
    private static bool NamedOnlyByParties(Document document, int first, Sentence sentence)
    {
        var i = first - 1;
        while (i >= sentence.FirstToken && first - i <= PredicateReach && document.Tokens[i].Kind is TokenKind.Word or TokenKind.Abbreviation
               && char.IsUpper(document.MatchText[document.Tokens[i].Start]) && !IsDeterminer(document, i))
            i--;
        return i < first - 1 && (i < sentence.FirstToken || (document.Tokens[i].Kind == TokenKind.Word && !IsDeterminer(document, i)));
    }

    private static bool IsDeterminer(Document document, int token) =>
        document.MatchWord(token) is var word && (Determiners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
                                                  || word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase));

    // A lower-case word ending like a finite verb ends the noun's own phrase when read backwards ("killed a").
    private static bool IsLowerVerbLike(Document document, int token) =>
        char.IsLower(document.MatchText[document.Tokens[token].Start]) && document.MatchWord(token).EndsWith("ed", StringComparison.Ordinal);

    /// <summary>
    /// A modal verb ("could", "may", "might", "would") right after the noun and the names and prepositions of its parties
    /// ("attack on Taiwan could", "a strike by Israel on Iran's sites would", "strikes on targets inside Venezuela could"):
    /// the noun is its subject.
    /// </summary>
    private static (int First, int End, ModalityCue Cue)? ModalAfterSubject(Document document, SentenceCues cues, int end, Sentence sentence)
    {
        var inPartyPhrase = false;
        for (var i = end; i < Math.Min(sentence.EndToken, end + OccurrenceReach); i++)
        {
            var word = document.MatchWord(i);
            if (word is "could" or "may" or "might" or "would")
            {
                foreach (var cue in cues.Cues)
                {
                    if (cue.First == i && cue.Cue is ModalityCue.Hypothetical or ModalityCue.Future)
                        return cue;
                }
                return null;
            }
            var preposition = PartyPrepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
            if (!(preposition || word is "the" or "'s" or "’s" || char.IsUpper(document.MatchText[document.Tokens[i].Start])
                  || (inPartyPhrase && document.Tokens[i].Kind == TokenKind.Word && !IsLowerVerbLike(document, i)
                      && !PhraseEnders.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))))
                return null;
            inPartyPhrase |= preposition;
        }
        return null;
    }

    /// <summary>"the talks", "these vital Kyiv Talks": a definite noun names an event already told, whatever is said of it next.</summary>
    private static bool Definite(Document document, int first, Sentence sentence) => WordInPhraseBefore(document, first, sentence, Determiners, PredicateReach);

    /// <summary>Whether a subordinator stands right before the noun at <paramref name="first"/>, or one word before it ("after Doha talks").</summary>
    private static bool OpensSubordinatePhrase(Document document, int first, Sentence sentence) =>
        WordInPhraseBefore(document, first, sentence, Subordinators, SubordinatePhraseReach);

    // How many words before a noun the subordinator opening its phrase may stand: "after Doha talks", "after two days of talks".
    private const int SubordinatePhraseReach = 4;

    /// <summary>Whether one of <paramref name="words"/> stands within <paramref name="reach"/> tokens before <paramref name="first"/>, with no punctuation between.</summary>
    private static bool WordInPhraseBefore(Document document, int first, Sentence sentence, FrozenSet<string> words, int reach)
    {
        for (var i = first - 1; i >= sentence.FirstToken && first - i <= reach; i--)
        {
            if (words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(i)))
                return true;
            if (document.Tokens[i].Kind is TokenKind.Punctuation or TokenKind.Terminal)
                return false;
        }
        return false;
    }

    /// <summary>Whether the sentence is in the document's title: its first block, a heading.</summary>
    internal static bool InHeadline(Document document, int sentence) =>
        document.Sentences[sentence].Block == 0 && document.Blocks[0].Kind == BlockKind.Heading;

    /// <summary>For a sentence in a list item, the sentence that introduces the list ("The goals of the talks are:").</summary>
    private static int? ListIntroduction(Document document, int sentence)
    {
        if (document.Blocks[document.Sentences[sentence].Block].Kind != BlockKind.ListItem)
            return null;
        for (var s = sentence - 1; s >= 0; s--)
        {
            if (document.Blocks[document.Sentences[s].Block].Kind != BlockKind.ListItem)
                return s;
        }
        return null;
    }

    private static string SentenceText(Document document, int sentence) =>
        Serialization.ExtractJsonWriter.Flatten(document.Text.AsSpan(document.Sentences[sentence].Start, document.Sentences[sentence].Span.Length));

    /// <summary>
    /// An accusation earlier in the sentence whose content the event is: "accused Kyiv of trying to kill …", "linked officials
    /// to the killing". A verb of saying that opens a clause of its own ends that content: "accused Minsk of sending migrants
    /// and said it would close two crossings" tells what the accuser will do, "accused the army of bombing civilians, while
    /// the army said it had repelled an attack" what the other side asserts. So does an adverbial clause: "accused Washington of
    /// a condescending attitude after a U.S. delegation visited Niamey" tells the visit as fact.
    /// </summary>
    private static PloverEvent? Accusation(Document document, PloverEvent e, SentenceCues cues) =>
        CoordinatedAct(document, e) ? null :
        document.Events.FirstOrDefault(a => a.Sentence == e.Sentence && a.Trigger.End <= e.Trigger.Start && a.Category.Type == "ACCUSE" && a.Category.Mode != "disapprove"
                                            && !cues.Cues.Exists(c => c.Cue == ModalityCue.Report && a.Trigger.End <= document.Tokens[c.First].Start
                                                                      && document.Tokens[c.First].Start < e.Trigger.Start
                                                                      && OpensClause(document, c.First, a.Trigger.End))
                                            && !AdverbialClauseAfter(document, a, e));

    /// <summary>Whether an adverbial clause ("after", "when") opens between the accusation's words and the event's.</summary>
    private static bool AdverbialClauseAfter(Document document, PloverEvent accusation, PloverEvent e) =>
        document.CharSpan(accusation.Trigger.Start, accusation.Trigger.End, Alignment.Expand) is { } from
        && document.CharSpan(e.Trigger.Start, e.Trigger.End, Alignment.Expand) is { } to
        && AdverbialClauseBetween(document, from.End, to.First, setOff: false);

    /// <summary>Words that open a clause of its own before its subject: "while the army said", "and said".</summary>
    private static readonly FrozenSet<string> ClauseOpeners = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "and", "but", "or", "yet", "so", "while", "whereas");

    /// <summary>The longest subject a verb of saying has after the word that opens its clause ("while the army's spokesman said").</summary>
    private const int SubjectReach = 4;

    /// <summary>
    /// Whether the verb of saying at token <paramref name="cue"/> opens a clause of its own: a conjunction just before it,
    /// or before its subject, after the character offset <paramref name="after"/>.
    /// </summary>
    private static bool OpensClause(Document document, int cue, int after)
    {
        var openers = ClauseOpeners.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = cue - 1; i >= Math.Max(0, cue - 1 - SubjectReach) && document.Tokens[i].Start >= after; i--)
        {
            if (openers.Contains(document.MatchWord(i)))
                return true;
        }
        return false;
    }

    /// <summary>
    /// "blamed Pakistan for the attack, suspended the treaty and expelled its advisers": a finite verb after a comma or
    /// "and"/"but" is another act of the subject, not part of what it alleges ("accused Kyiv of shelling the plant and
    /// killing civilians" goes on with the allegation's "-ing" form). So is one whose own subject or auxiliary stands
    /// after the "and" ("has accused foreign-funded groups of organising the unrest and has ruled out a new election",
    /// "a charge he denies, and Maduro has condemned the build-up").
    /// </summary>
    private static bool CoordinatedAct(Document document, PloverEvent e)
    {
        if (e.Pattern.Form != EventForm.Verb || document.CharSpan(e.Trigger.Start, e.Trigger.End, Alignment.Expand) is not { First: > 0 and var first }
            || document.MatchWord(first).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
            return false;
        var before = document.MatchWord(first - 1);
        if (before is "," || Conjunctions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(before))
            return true;
        var start = document.Sentences[e.Sentence].FirstToken;
        for (var i = first - 1; i > start && first - i <= SubjectReach; i--)
        {
            var word = document.MatchWord(i);
            if (word is "and" or "but")
                return i < first - 1;
            if (word is "," or "of" or "for" or "that" or "to" || word.EndsWith("ing", StringComparison.OrdinalIgnoreCase))
                return false;
        }
        return false;
    }

    private static void Note(PloverEvent e, ModalityCue cue, Document document, int first, int end) =>
        e.Explanations["modality"] = $"modality: {cue.ToString().ToLowerInvariant()} cue '{document.Text[document.Tokens[first].Start..document.Tokens[end - 1].End]}'";

    private static void Hedge(Document document, PloverEvent e, SentenceCues cues)
    {
        foreach (var (first, end, cue) in cues.Cues)
        {
            if (cue != ModalityCue.Hedge)
                continue;
            e.Hedged = true;
            e.Explanations["hedged"] = $"modality: hedge '{document.Text[document.Tokens[first].Start..document.Tokens[end - 1].End]}' in the sentence";
            return;
        }
    }

    /// <summary>
    /// The source: "according to X" up to the next comma, or a verb of saying with its subject
    /// ("officials said", "Trump said") or its inverted subject (", said the ministry").
    /// </summary>
    private static void Attribute(Document document, PloverEvent e, SentenceCues cues, int first, int end)
    {
        var sentence = document.Sentences[e.Sentence];
        foreach (var (cueFirst, cueEnd, cue) in cues.Cues)
        {
            if (cue is not (ModalityCue.Source or ModalityCue.Report) || (cueFirst < end && cueEnd > first))
                continue;
            // "accused Pakistan of violations and said …", "sites that it said were camps": a verb of saying joined by "and"
            // is another act of a subject told before, whose words it does not name; one in a relative clause tells of another noun.
            if (cue == ModalityCue.Report && cueFirst - 1 > sentence.FirstToken
                && (Conjunctions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(cueFirst - 1))
                    || (cueFirst >= end && RelativeSubject(document, cueFirst - 1))))
                continue;
            // "a ceasefire announced by Trump": a participle with its "by" describes a noun; its subject is not before it
            // (but "was confirmed by Zelensky" names its source).
            if (cue == ModalityCue.Report && cueEnd < sentence.EndToken && document.MatchWord(cueEnd).Equals("by", StringComparison.OrdinalIgnoreCase)
                && !(cueFirst > sentence.FirstToken && BeForms.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(cueFirst - 1))))
                continue;
            int spanFirst, spanEnd;
            if (cue == ModalityCue.Source)
            {
                spanFirst = cueFirst;
                spanEnd = cueEnd;
                while (spanEnd < sentence.EndToken && !IsBreak(document, spanEnd) && document.Tokens[spanEnd].Kind != TokenKind.Terminal)
                    spanEnd++;
            }
            else
            {
                spanEnd = cueEnd;
                spanFirst = cueFirst;
                // The subject of a verb of saying does not reach past "that" ("talks that analysts believe").
                while (spanFirst > sentence.FirstToken && !IsBreak(document, spanFirst - 1) && cueFirst - spanFirst < 8
                       && !(cueFirst > end && spanFirst - 1 < end) && !Relatives.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(spanFirst - 1)))
                    spanFirst--;
                if (spanFirst == cueFirst)
                {
                    // Before the event, the subject stands before its apposition: "Friedrich Merz, the opposition leader, said".
                    if (cueFirst < end)
                    {
                        var open = cueFirst - 2;
                        while (open > sentence.FirstToken && !IsBreak(document, open) && cueFirst - open < ApppositionReach)
                            open--;
                        if (open <= sentence.FirstToken || document.MatchText[document.Tokens[open].Start] != ',')
                            continue;
                        spanFirst = open;
                        while (spanFirst > sentence.FirstToken && !IsBreak(document, spanFirst - 1) && open - spanFirst < 8)
                            spanFirst--;
                        if (spanFirst == open)
                            continue;
                    }
                    else
                    {
                        // ", said the ministry": the subject follows the verb.
                        while (spanEnd < sentence.EndToken && !IsBreak(document, spanEnd) && document.Tokens[spanEnd].Kind != TokenKind.Terminal && spanEnd - cueEnd < 8)
                            spanEnd++;
                        if (spanEnd == cueEnd)
                            continue;
                    }
                }
            }
            // A verb of saying after "but", "and", "after" … belongs to a clause of its own ("met …, but announced").
            if (Subordinators.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(spanFirst))
                || Conjunctions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(spanFirst)))
                continue;
            var span = new TextSpan(document.Tokens[spanFirst].Start, document.Tokens[spanEnd - 1].End);
            var source = document.Mentions.FirstOrDefault(m => m.Actor is not null && span.Contains(new TextSpan(m.Start, m.End)))?.Actor?.Code;
            if (cue == ModalityCue.Report && cueEnd <= first && IsOwnStatement(e, source))
                continue;
            e.Attribution = span;
            e.AttributionSource = source;
            e.Explanations["attribution"] = $"modality: {(cue == ModalityCue.Source ? "source phrase" : "verb of saying")} '{document.Text[span.Start..span.End]}'";
            return;
        }
    }

    /// <summary>
    /// "Zelensky said Moscow was stalling the talks": what a party says against another, told after its own verb of
    /// saying, is that party's statement itself, not a report of it; the speaker is its actor, not a source.
    /// </summary>
    private static bool IsOwnStatement(PloverEvent e, string? source) =>
        source is not null && e.Category.IsStatement && e.Modality is EventModality.Asserted or EventModality.Negated
        && e.Actors.Exists(a => a.Code == source);

    /// <summary>Whether token <paramref name="i"/> is the pronoun subject of a relative clause: "that it", "which they".</summary>
    private static bool RelativeSubject(Document document, int i) =>
        i > 0 && RelativePronouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(i))
        && document.MatchWord(i - 1) is "that" or "which";

    private static readonly FrozenSet<string> Auxiliaries = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "had", "has", "have", "was", "were", "is", "are", "did", "does", "will", "would");

    private static readonly FrozenSet<string> Relatives = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "that", "which", "who", "whom");

    private static readonly FrozenSet<string> BeForms = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "is", "are", "was", "were", "been", "be");

    private static readonly FrozenSet<string> RelativePronouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "it", "they", "he", "she", "we");

    // How long an apposition between a subject and its verb of saying may be, in tokens.
    private const int ApppositionReach = 12;

    /// <summary>Whether the token is a clause break: a comma, semicolon, colon, bracket or dash.</summary>
    internal static bool IsBreak(Document document, int token)
    {
        return ClauseBreaks.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(token));
    }
}
