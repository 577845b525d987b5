using System.Collections.Frozen;
using Parley.Documents;
using Parley.Mentions;
using Parley.Places;

namespace Parley.Events;

public sealed partial class EventFinder
{
    /// <summary>
    /// Sets the event's actors and recipients; true when only an earlier telling of an act of its type may give the parties
    /// it lacks: an act another party condemns, or a passive that names no doer ("Russia was not invited" after others
    /// "declined to sign" says nothing of who did not invite it; "1,200 people were killed" after an attack does).
    /// </summary>
    private bool AssignParties(SentenceClauses clause, PloverEvent e, int first, int end, List<(PloverEvent Event, int First, int End)> found)
    {
        var noun = e.Pattern.Form == EventForm.Noun;
        var subject = (noun ? null : ParticipleSubject(clause, first, found) ?? GerundClauseSubject(clause, first, found)) ?? Subject(clause, first, found, noun ? NounSubjectReach : int.MaxValue);
        // "Moscow denounced the loan plan", "Kyiv condemned the strikes": what the accuser condemns is another's act
        // (not so for the accused: "Russia was behind the arson attacks", "forces were accused of killing").
        var condemned = noun && subject.Count > 0 && found.Exists(f => f.Event.Category.Type == "ACCUSE" && f.First >= subject[^1].EndToken && f.End <= first
            && !clause.Is(f.First, BeForms) && !clause.Is(f.First - 1, BeForms) && !clause.Is(f.First - 2, BeForms)
            && f.Event.Actors.Exists(a => a.Start == subject[^1].Mention.Start));
        // "Scholz assured Tusk in a phone call": a noun cue in a phrase after a verb's object is that verb's subject's act on it.
        List<MentionSpan>? verbObject = null;
        if (condemned)
            subject = [];
        else if (noun && subject.Count > 0 && AdjunctAfterObjectSubject(clause, subject, first, found) is { Count: > 0 } verbSubject)
            (verbObject, subject) = (subject, verbSubject);
        // "After talks with Stoltenberg, Erdogan agreed …": a noun cue in a phrase that opens its sentence is done by
        // the subject of the clause that phrase leads into.
        else if (noun && subject.Count == 0 && OpeningPhraseSubject(clause, first, end) is { Count: > 0 } main)
            subject = main;
        // "Ukraine reported Russian strikes": the demonym describing a noun cue names its doer, who is then added as for a cue with no subject.
        else if (subject.Count > 0 && HasOwnerBefore(clause, first, describingWords: noun))
            subject = [];
        // "Amnesty International says soldiers opened fire on protesters": what was said has a subject of its own, an
        // armed group of no country told, so a sayer that bears no arms is no doer.
        else if (subject.Count > 0 && !noun && subject[^1].Mention.Actor?.Sector is not ("MIL" or "POL" or "REB")
                 && HasOwnReportedSubject(clause, subject[^1].EndToken, first))
            subject = [];
        // Only a noun's "of" phrase is its actor: a verb's ("pulled out of the deal", "took control of the city") is its object.
        var ofPhrase = noun && clause.Word(end - 1).Equals("of", StringComparison.OrdinalIgnoreCase);
        var by = ofPhrase ? -1 : AgentPhrase(clause, first, end, e.Pattern.Roles);
        var passive = by >= 0;
        // "was killed in Tehran", "were accused of …": a passive without its "by" phrase names only whom it befell.
        var agentless = !ofPhrase && !passive && e.Pattern.Form == EventForm.Verb
            && (IsPassiveForm(clause, first) || IsHeadlinePassive(clause, e.Sentence, first, end) || IsBareParticiplePassive(clause, first, end));
        // A gap in the cue may hold the object: "threatened Russia with tariffs".
        var objectStart = passive ? by + 1 : e.Pattern.Text.Contains("...", StringComparison.Ordinal) ? first + 1 : end;
        var roles = e.Pattern.Roles;
        List<MentionSpan> actors, recipients;
        List<Participant>? them = null;
        List<Participant>? accused = null;
        List<Participant>? held = null;
        string how;
        if (ofPhrase && roles != RoleFrame.SubjectPlace && NominalAgent(clause, first, end) is { Count: > 0 } doers)
        {
            // "Iran's seizure of a British tanker", "the release of 90 prisoners by Israel": with its doer named by a
            // possessive or a "by" phrase, the "of" phrase is what the act is done to.
            actors = doers;
            recipients = ObjectGroup(clause, end, MentionKind.Actor, NounReach);
            recipients.RemoveAll(doers.Contains);
            how = "a noun cue's possessive or 'by' phrase acts on its 'of' phrase";
        }
        else if ((noun || clause.Is(first - 1, Articles) || clause.Is(first - 1, PossessivePronouns)) && end < clause.Sentence.EndToken && clause.Word(end) is "by"
                 && ObjectGroup(clause, end + 1, MentionKind.Actor, 2) is { Count: > 0 } agents)
        {
            // "a visit by Marco Rubio to Kyiv", "an attack by Russia on Kharkiv" (a verb cue read as a noun after its article):
            // a "by" phrase right after a noun cue is its doer; what follows it is the place visited or whom it is done to.
            actors = agents;
            recipients = roles == RoleFrame.SubjectPlace ? PlaceRecipient(clause, agents[^1].EndToken) : ObjectGroup(clause, agents[^1].EndToken, MentionKind.Actor);
            how = "the 'by' phrase after a noun cue is the actor";
            // "Five Americans landed in Doha after their release by Tehran": with its doer in the "by" phrase, the
            // possessive names whom it was done to, the subject of the clause.
            if (recipients.Count == 0 && clause.Is(first - 1, PossessivePronouns))
            {
                recipients = Subject(clause, first - 1, found, int.MaxValue).FindAll(r => !agents.Exists(a => a.Mention.Actor?.Code == r.Mention.Actor?.Code));
                how = "the 'by' phrase after a noun cue is the actor; its possessive, the subject of the clause, is whom it is done to";
            }
        }
        else if (clause.Is(first - 1, Articles) && clause.Word(end) is "of" && NominalAgent(clause, first, end + 1) is { Count: > 0 } agentsAfterOf)
        {
            // "the release of 90 prisoners by Israel" (a verb cue read as a noun after its article): the "by" phrase
            // after the "of" phrase is the doer, and the "of" phrase what the act is done to.
            actors = agentsAfterOf;
            recipients = ObjectGroup(clause, end + 1, MentionKind.Actor, NounReach);
            recipients.RemoveAll(agentsAfterOf.Contains);
            how = "a noun cue's 'by' phrase acts on its 'of' phrase";
        }
        else if (ofPhrase)
        {
            // "the arrival of the envoy in the capital": the "of" phrase is the actor.
            actors = ObjectGroup(clause, end, MentionKind.Actor);
            var after = actors.Count > 0 ? actors[^1].EndToken : end;
            recipients = roles == RoleFrame.SubjectPlace ? PlaceRecipient(clause, after) : ObjectGroup(clause, after, MentionKind.Actor);
            how = "the 'of' phrase after a noun cue is the actor";
        }
        else if (passive && roles == RoleFrame.ObjectSubject && subject.Count > 0 && clause.Is(WordBefore(clause, subject[0].FirstToken), OwnParties))
        {
            // "Talks between Armenia and Azerbaijan were hosted by Kazakhstan": the subject is a meeting of others, not a
            // guest; a third country that hosts it goes between them and is no party to it (PLOVER CONSULT, third-party).
            actors = subject;
            recipients = [];
            e.Category = lexicon.Category("CONSULT", "third-party");
            how = "a meeting of others hosted by a third party: those who meet act together";
        }
        else if (passive && roles == RoleFrame.ObjectSubject)
        {
            // "Merz was received by Trump": the guest is the subject of the passive of a host's verb.
            actors = subject;
            recipients = ObjectGroup(clause, objectStart, MentionKind.Actor);
            how = "passive of a host's verb: the subject is the guest, the 'by' phrase the host";
        }
        else if (passive)
        {
            actors = ObjectGroup(clause, objectStart, MentionKind.Actor);
            recipients = subject;
            how = "passive: the 'by' phrase acts on the subject";
            // "was hit by a Russian ballistic missile": a weapon is no actor mention, but the name modifying it says whose it is.
            if (actors.Count == 0 && ModifierName(clause.Document, objectStart, Math.Min(clause.Sentence.EndToken, objectStart + NounPhraseReach), e) is { } agent)
            {
                e.Actors.Add(agent.Participant);
                how = $"passive: the name modifying the 'by' phrase acts ({agent.Line}) on the subject";
            }
        }
        else if (agentless)
        {
            actors = [];
            // "The United Nations says at least 22 people were killed": whom it befell is the reported clause's own
            // subject, which names no actor; the sayer is not it.
            var reportedClause = subject.Count > 0 && ReportsClauseOfItsOwn(clause, subject[^1].EndToken, first);
            recipients = reportedClause ? ReportedPassiveSubject(clause, subject[^1].EndToken, first) : subject;
            how = "passive without 'by': the subject is whom it befell";
            if (reportedClause && recipients.Count == 0 && PeopleReportedHeld(clause, e, subject[^1], first) is { } people)
                held = [people];
        }
        else if (roles is RoleFrame.SubjectObject or RoleFrame.Subject && GivingVerbBefore(clause, subject, first) is { } giving)
        {
            // "The World Bank granted Armenia a loan", "Allies Offer Ukraine Security Pledges": the cue is what is given,
            // the name before it whom it goes to, and the giving verb's subject (if named) who gives it.
            actors = Subject(clause, giving, found, int.MaxValue);
            recipients = subject;
            how = "the first object of a verb of giving is whom the cue, its second object, goes to";
        }
        else
        {
            switch (roles)
            {
                case RoleFrame.Subject:
                    actors = subject;
                    recipients = OpposedParty(clause, end);
                    how = recipients.Count > 0 ? "the subject before the cue acts against the one named after 'against'" : "the subject before the cue acts";
                    if (recipients.Count == 0 && e.Category.Type == "PROTEST" && DemandedParty(clause, end) is { Count: > 0 } demanded)
                    {
                        recipients = demanded;
                        how = "protesters act on whom they demand something of ('demanding that X …', 'demanding the recall of X')";
                    }
                    break;
                case RoleFrame.SubjectPlace:
                    actors = subject;
                    recipients = PlaceRecipient(clause, end);
                    how = "the subject visits the country of the place after the cue";
                    break;
                case RoleFrame.ObjectSubject:
                    // From the gap when the cue has one: "detected 45 Chinese aircraft", "came under Russian fire".
                    actors = ObjectGroup(clause, objectStart, MentionKind.Actor);
                    recipients = subject;
                    how = "the object after the cue acts on the subject (host and guest)";
                    // "detected 45 Chinese aircraft": a demonym only describes the craft, but says whose they are.
                    if (actors.Count == 0 && objectStart < end && ModifierName(clause.Document, objectStart, end, e) is { } owner)
                    {
                        e.Actors.Add(owner.Participant);
                        how = $"the name modifying the object in the cue ({owner.Line}) acts on the subject";
                    }
                    break;
                case RoleFrame.Parties:
                    actors = [.. subject, .. ObjectGroup(clause, end, MentionKind.Actor)];
                    recipients = [];
                    how = "everyone named around the cue acts together";
                    break;
                default:
                    // "despite pressure from Washington", "drew criticism from Zelensky": whoever a noun comes
                    // from acts; it bears on the subject of the clause, however far back that stands.
                    if (noun && SourcePhrase(clause, end) is { Count: > 0 } source)
                    {
                        actors = source;
                        recipients = Subject(clause, first, found, int.MaxValue);
                        how = "the 'from' phrase after a noun cue acts on the subject of its clause";
                        break;
                    }
                    if (IsDefiedAppeal(clause, e, first))
                    {
                        actors = [];
                        recipients = Subject(clause, first, found, int.MaxValue);
                        how = "a demand named after 'despite' is made of the subject of its clause";
                        break;
                    }
                    actors = subject;
                    // A gerund takes its object as a verb does: "accused of killing hundreds of Alawite civilians", and so does
                    // a participle describing the cue's noun: "drills encircling Taiwan".
                    recipients = noun && !clause.Is(end - 1, Prepositions) && !clause.Is(end, Prepositions) && !IsGerund(clause, end - 1) && !IsGerund(clause, end)
                        ? [] : ObjectGroup(clause, objectStart, MentionKind.Actor, noun ? NounReach : ObjectReach);
                    if (recipients.Count > 0 && ModifiesCueNoun(clause, recipients[^1], end, subject) && ObjectGroup(clause, end, MentionKind.Actor) is { Count: > 0 } after)
                        recipients = after;
                    // "sign U.S.-brokered peace deal": a name joined by a hyphen to the next word only describes the object.
                    else if (recipients.Count > 0 && recipients[^1].EndToken < end && IsHyphenated(clause, recipients[^1].EndToken))
                        recipients = [];
                    // "share intelligence": the cue's last word, a common noun that also reads as a name ("intelligence" for
                    // a country's intelligence service), is what is shared, not whom; "left ECOWAS", "captured Chinese citizens" name them.
                    if (recipients.Count > 0 && recipients[0].FirstToken == end - 1 && recipients[0].EndToken == end && end - first > 1 && IsLowerWord(clause.Word(end - 1)))
                        recipients = ObjectGroup(clause, recipients[0].EndToken, MentionKind.Actor);
                    // "pull its ambassador and its troops out of Niger", "recall its envoy from": the subject's own
                    // people are what it moves, not whom it acts on.
                    if (recipients.Count > 0 && recipients.TrueForAll(r => IsOwnGroup(r, subject) || IsOwnForces(r, subject, e.Category)))
                    {
                        var next = ObjectGroup(clause, Math.Max(end, recipients[^1].EndToken), MentionKind.Actor);
                        recipients = next.TrueForAll(r => IsOwnGroup(r, subject) || IsOwnForces(r, subject, e.Category)) ? [] : next;
                    }
                    // "Netanyahu warned that Israel would strike Hezbollah": when what is said is that the subject's own
                    // side will act, it is said to whomever that side acts on.
                    if (recipients.Count > 0 && clause.Word(end).Equals("that", StringComparison.OrdinalIgnoreCase) && recipients[0].FirstToken == end + 1
                        && recipients.TrueForAll(r => subject.Exists(s => s.Mention.Actor?.Code is { } code && code == r.Mention.Actor?.Code)))
                        recipients = OtherSideAfter(clause, recipients[^1].EndToken, subject);
                    // "take the case to the International Court of Justice", "filed a complaint with the ICC against Israel":
                    // a court an accusation is brought to is where it is made; whom it accuses is named after it, if at all.
                    if (e.Category.Type == "ACCUSE" && recipients.Count > 0 && clause.Is(WordBefore(clause, recipients[0].FirstToken), CourtPrepositions)
                        && recipients.TrueForAll(r => r.Mention.Actor?.Sector == "JUD"))
                    {
                        recipients = ObjectGroup(clause, recipients[^1].EndToken, MentionKind.Actor).FindAll(r => r.Mention.Actor?.Sector != "JUD");
                        if (recipients.Count == 0)
                            accused = AccusedJustBefore(e, first, subject, found);
                    }
                    // "barred him from entering", "granted him asylum": the person the sentence named before.
                    if (recipients.Count == 0 && !noun && clause.Is(objectStart, PersonalObjects))
                        recipients = NamedPersonBefore(clause, first, subject);
                    if (recipients.Count == 0 && !noun && subject.Count > 0 && TakesThem(clause, objectStart, end))
                        them = OtherSideBefore(e, first, subject, found);
                    if (recipients.Count == 0 && !noun)
                        recipients = TargetPlace(clause, end, e.Category);
                    // "seized Kabul as U.S. forces withdrew", "Iran's strikes on Israel drew condemnation from Western leaders": a place
                    // that is the cue's own object, right after it or after the preposition right after it, is whom it strikes,
                    // not an actor further on.
                    else if (recipients.Count > 0 && recipients[0].FirstToken > end && TargetPlace(clause, end, e.Category) is [{ FirstToken: var at } place]
                             && at < recipients[0].FirstToken && (at == end || (at == end + 1 && clause.Is(end, Prepositions))))
                        recipients = [place];
                    // "blockaded the city", "took control of the territory": a place named again by a common noun is the
                    // place the sentence named before, and stands for its country.
                    if (recipients.Count == 0 && !noun && PlaceNamedBefore(clause, objectStart, first) is { } antecedent)
                        recipients = [antecedent];
                    how = "the subject before the cue acts on the object after it";
                    if (recipients.Count == 0 && AppealedPlace(clause, e, first, end, actors) is { } appealed)
                    {
                        recipients = [appealed];
                        how = "an appeal that names no one, only the place its demand is for, is made of that place's country";
                    }
                    // "a truce, which Moscow rejected", "an idea Arab states quickly rejected": the cue's object is the
                    // noun its clause describes, and whoever the sentence names for that noun is whom it answers.
                    if (recipients.Count == 0 && !noun && subject.Count > 0 && IsFiniteVerb(clause, subject[^1].EndToken, first)
                        && RelativeAntecedent(clause, subject[0].FirstToken, found) is { Count: > 0 } answered)
                    {
                        recipients = answered.FindAll(r => !subject.Exists(s => s.Mention.Actor?.Code == r.Mention.Actor?.Code));
                        how = "the subject of a relative clause acts on the noun it describes, or whoever the sentence names for that noun";
                    }
                    // "North Korea blew up the roads, prompting South Korean troops to fire warning shots": a response
                    // answers whoever provoked it, the subject of the clause before.
                    else if (recipients.Count == 0 && !noun && subject.Count > 0 && IsCausative(clause, subject[0].FirstToken - 1))
                    {
                        recipients = Subject(clause, subject[0].FirstToken - 1, found, int.MaxValue)
                            .FindAll(r => !subject.Exists(s => SameSide(s, r)));
                        how = "a response after 'prompting' or 'forcing' answers the subject of the clause before";
                    }
                    // "EU leaders agreed to the package after Hungary dropped its veto", "Trump threatened tariffs before
                    // Bogota relented", "Seoul warned of unbearable measures in response": a refusal, a concession or what is
                    // said to respond, with no object named, answers the subject of the clause before
                    // (not one only supposed: "the deal could unravel if Rwanda's withdrawal stalls or if the M23 refuses").
                    else if (recipients.Count == 0 && !noun && subject.Count > 0 && (e.Category.Type is "REJECT" or "CONCEDE" || SaysItResponds(clause, first))
                             && subject[0].FirstToken > clause.Sentence.FirstToken && !clause.Is(WordBefore(clause, subject[0].FirstToken), Conditionals)
                             && Subject(clause, subject[0].FirstToken, found, int.MaxValue) is { Count: > 0 } before)
                    {
                        recipients = before.FindAll(r => !subject.Exists(s => SameSide(s, r)));
                        how = "a refusal, a concession or what is done 'in response' answers the subject of the clause before";
                    }
                    break;
            }
        }
        if (verbObject is not null)
        {
            recipients = verbObject;
            how = "a noun cue in a phrase after a verb's object is the verb's subject's act on that object";
        }
        // "Qatar, which mediated the deal together with Egypt and the United States": whoever acts together with the
        // subject is one more actor, not whom it acts on. With no subject named ("It applied to join together with
        // Sweden") the actor is carried from before, and the companion must not take its place.
        if (recipients.Count > 0 && IsCompanion(clause, recipients[0].FirstToken))
        {
            actors = actors.Count > 0 ? [.. actors, .. recipients] : [];
            recipients = [];
        }
        foreach (var actor in actors)
            Add(e.Actors, actor);
        // "U.S. and British warships struck": a demonym joined by "and" to the subject, describing the weapons rather than
        // naming an actor, says who acts with it.
        if (actors.Count > 0 && actors[^1].EndToken < first && clause.Word(actors[^1].EndToken) is "and"
            && ModifierName(clause.Document, actors[^1].EndToken + 1, first, e) is { } partner
            && partner.Participant.Start == clause.Document.Tokens[actors[^1].EndToken + 1].Start)
            e.Actors.Add(partner.Participant);
        // "Israeli and U.S. strikes": so does a demonym joined by "and" before it.
        else if (actors.Count > 0 && actors[0].FirstToken - 2 >= clause.Sentence.FirstToken && clause.Word(actors[0].FirstToken - 1) is "and"
                 && ModifierName(clause.Document, actors[0].FirstToken - 2, actors[0].FirstToken - 1, e) is { } before
                 && !e.Actors.Exists(a => a.Code == before.Participant.Code))
            e.Actors.Add(before.Participant);
        // "Guterres condemned what he called a coup": a pronoun in what is said that takes up the actor is no one acted on;
        // no one named is the recipient of their own act.
        foreach (var recipient in recipients)
        {
            if (!e.Actors.Exists(a => a.Start == recipient.Mention.Start || IsSamePerson(a, recipient)))
                Add(e.Recipients, recipient);
        }
        if (e.Recipients.Count == 0 && them is { Count: > 0 })
        {
            e.Recipients.AddRange(them);
            how = "the subject before the cue acts on \"them\": the other side of the act told before it in the sentence";
        }
        if (e.Recipients.Count == 0 && accused is { Count: > 0 })
        {
            e.Recipients.AddRange(accused);
            how = "a case taken to a court with no one named is against whom the side's accusation just before it is aimed";
        }
        if (e.Recipients.Count == 0 && held is { Count: > 0 })
        {
            e.Recipients.AddRange(held);
            how = "people a state's official reports held, whom no name places, are that state's own: arrests act on their own country's people";
        }
        // A place in the actor's own country is where it acts, not whom it acts on ("deployed the army across
        // Bangladesh") — except for violence and coercion, which strike their own country's people too.
        if (e.Category.Type is not ("ASSAULT" or "COERCE"))
            e.Recipients.RemoveAll(r => r.Name is null && e.Actors.Exists(a => a.Code == r.Code) && recipients.Exists(m => m.Mention.Start == r.Start && m.Mention.Kind == MentionKind.Place));
        // "deployed the army", "called up militia members", "massing troops": what a mobilisation acts on is its
        // own forces, not a recipient; with no actor named, the forces are the actor.
        if (e.Category.Type == "MOBILIZE")
        {
            var forces = e.Recipients.FindAll(r => r.Sector is "MIL" or "POL" or "REB" && (e.Actors.Count == 0 || e.Actors.Exists(a => a.Code == r.Code)));
            if (e.Actors.Count == 0)
                e.Actors.AddRange(forces);
            e.Recipients.RemoveAll(forces.Contains);
        }
        if (e.Actors.Count > 0)
            e.Explanations["actor"] = "events: " + how;
        if (e.Recipients.Count > 0)
            e.Explanations["recipient"] = "events: " + how;
        return condemned || agentless;
    }

    /// <summary>
    /// For a noun cue in a phrase right after the object of a past verb ("assured Tusk in a phone call", "apologised to
    /// Aliyev during a call"), the verb's subject; empty otherwise. The name before the phrase is whom the verb, and so the
    /// call, is aimed at, not who makes it.
    /// </summary>
    private static List<MentionSpan> AdjunctAfterObjectSubject(SentenceClauses clause, List<MentionSpan> named, int first,
        List<(PloverEvent Event, int First, int End)> found)
    {
        if (first - 2 < clause.Sentence.FirstToken || !clause.Is(first - 1, Articles) || clause.Word(first - 2) is not ("in" or "during")
            || named[^1].EndToken != first - 2)
            return [];
        var verb = OwnerStart(clause, named[0].FirstToken) - 1;
        if (verb > clause.Sentence.FirstToken && clause.Word(verb) is "to" or "with")
            verb--;
        return IsPastVerb(clause, verb) ? Subject(clause, verb, found, int.MaxValue) : [];
    }

    /// <summary>
    /// Where the phrase of the name at token <paramref name="first"/> begins: at the owner whose "'s" stands right before
    /// it ("Azerbaijan's Ilham Aliyev", "Kenya's president"), else at the name itself. The owner only says whose the
    /// name is; the verb before the phrase takes the whole of it.
    /// </summary>
    private static int OwnerStart(SentenceClauses clause, int first)
    {
        if (!IsCliticAt(clause, first - 1))
            return first;
        var owner = clause.Mentions.FindLast(m => m.EndToken == first - 1);
        return owner.Mention is null ? first : owner.FirstToken;
    }

    /// <summary>
    /// "López Obrador condemned the raid, and Mexico's foreign ministry said it would take the case to the International
    /// Court of Justice": whom the accusation told before the cue in its sentence, by the subject's side, is aimed at
    /// (null when there is none); the case is the act that accusation names.
    /// </summary>
    private static List<Participant>? AccusedJustBefore(PloverEvent e, int first, List<MentionSpan> subject, List<(PloverEvent Event, int First, int End)> found)
    {
        var before = found.FindLast(f => f.End <= first && f.Event != e && f.Event.Category.Type == "ACCUSE" && f.Event.Recipients.Count > 0
                                         && f.Event.Actors.Exists(a => subject.Exists(s => s.Mention.Actor?.Code == a.Code)));
        return before.Event?.Recipients.FindAll(r => !subject.Exists(s => s.Mention.Actor?.Code == r.Code));
    }

    /// <summary>Whether <paramref name="m"/> names the person <paramref name="actor"/> is (a pronoun taking them up, their surname again).</summary>
    private static bool IsSamePerson(Participant actor, MentionSpan m) =>
        actor.Name is not null && m.Mention.Actor is { Name: { } name } other && other.Code == actor.Code && name == actor.Name;

    private static void Add(List<Participant> participants, MentionSpan m)
    {
        var mention = m.Mention;
        if (mention.Actor is { } actor)
            participants.Add(new Participant(mention.Start, mention.End, actor.Code, actor.Sector, actor.Name));
        else if (mention.Place?.Country is { } country)
            participants.Add(new Participant(mention.Start, mention.End, country, "GOV", null));
    }

    /// <summary>
    /// "crowds attacked the embassies of Rwanda and France, setting fires and looting offices": a participle clause after
    /// a comma has no subject of its own; whoever did the act of the main clause did it. The names just before the comma
    /// are that act's object, not this one's actors. Empty when that act's actor is not named in the sentence (it was carried
    /// from before, and so is this one's); null when the cue opens no such clause or follows no act.
    /// </summary>
    private static List<MentionSpan>? ParticipleSubject(SentenceClauses clause, int first, List<(PloverEvent Event, int First, int End)> found) =>
        ParticipleMainAct(clause, first, found) is { } main ? ActorMentions(clause, main) : null;

    /// <summary>The sentence's mentions that name the actors of <paramref name="act"/> (none when they were carried from before).</summary>
    private static List<MentionSpan> ActorMentions(SentenceClauses clause, PloverEvent act) =>
        clause.Mentions.FindAll(m => act.Actors.Exists(a => a.Start == m.Mention.Start));

    /// <summary>The act of the main clause a participle clause opened by the cue at <paramref name="first"/> follows; null when it opens none or follows no act.</summary>
    private static PloverEvent? ParticipleMainAct(SentenceClauses clause, int first, List<(PloverEvent Event, int First, int End)> found)
    {
        if (first <= clause.Sentence.FirstToken || !clause.Word(first).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
            return null;
        // Back to the comma over a participle chain without names of its own: ", setting fires and looting".
        var comma = first - 1;
        while (comma > clause.Sentence.FirstToken && first - comma <= ParticipleChainReach && clause.Word(comma) is not ",")
            comma--;
        if (clause.Word(comma) is not "," || !clause.Word(comma + 1).EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            || clause.Mentions.Exists(m => m.FirstToken > comma && m.FirstToken < first))
            return null;
        return found.FindLast(f => f.End <= comma && f.Event.Pattern.Form == EventForm.Verb).Event;
    }

    /// <summary>
    /// The actors before the cue: the nearest actor not inside a prepositional phrase ("according to X",
    /// "in talks with X"), and those coordinated with it. When the nearest is the object of an earlier event
    /// joined by "and" ("attacked Kyiv and killed …"), that event's subject acts again.
    /// </summary>
    private static List<MentionSpan> Subject(SentenceClauses clause, int first, List<(PloverEvent Event, int First, int End)> found, int reach)
    {
        var mentions = clause.Mentions;
        // "Washington, which has 1,100 troops in the country, suspended aid": the subject stands before the aside.
        if (AsideBefore(clause, first) is { } aside)
            first = aside;
        int? fallback = null;
        for (var k = mentions.Count - 1; k >= 0; k--)
        {
            var m = mentions[k];
            // A cue may begin inside its actor's words: "forces withdrew" is a cue, "Ukrainian forces" the actor.
            // A country read as a place still acts when it is the subject: "Russia pulled out of the deal".
            var country = m.Mention.Place?.Kind is PlaceKind.Country && m.Mention.Place.Country is not null;
            if ((m.Mention.Kind != MentionKind.Actor && !country) || m.FirstToken >= first)
                continue;
            if (Breaks(clause, Math.Min(m.EndToken, first), first) || first - m.EndToken > reach)
                break;
            var before = m.FirstToken - 1;
            if (before >= clause.Sentence.FirstToken && clause.Word(before).Equals("the", StringComparison.OrdinalIgnoreCase))
                before--;
            // "with Oman helping to arrange the handover": the actor of a "with … -ing" clause.
            var absolute = before >= clause.Sentence.FirstToken && clause.Word(before).Equals("with", StringComparison.OrdinalIgnoreCase) && m.EndToken == first
                           && clause.Word(first).EndsWith("ing", StringComparison.OrdinalIgnoreCase);
            // "after gunmen killed 26 people": a conjunction that is also a preposition opens a clause whose subject stands right before
            // its verb, or holds its first word ("after Russian troops crossed the border", the cue being "troops crossed").
            var clauseSubject = m.EndToken >= first && clause.Is(before, Subordinators);
            // "Keith Kellogg, the U.S. special envoy for Ukraine and Russia, held talks": the last of a list inside a
            // prepositional phrase is inside it too. Not "with Turkey and Hungary still withholding approval" (the actors
            // of a "with … -ing" clause), nor "troops from South Africa, Malawi and Uruguay" (whose they are).
            var listed = Coordinated(clause, k, -1)[0];
            var listBefore = listed.FirstToken - 1;
            if (listBefore >= clause.Sentence.FirstToken && clause.Word(listBefore).Equals("the", StringComparison.OrdinalIgnoreCase))
                listBefore--;
            var listInPhrase = listed.FirstToken < m.FirstToken && clause.Is(listBefore, Prepositions) && !clause.Is(listBefore, Subordinators)
                               && clause.Word(listBefore) is not ("with" or "from" or "of");
            // "five Americans freed in a Qatar-brokered deal": a name joined to the cue by a hyphen is its doer, whatever phrase holds them.
            var compound = m.EndToken + 1 == first && IsHyphenated(clause, m.EndToken);
            if ((clause.Is(before, Prepositions) && !absolute && !clauseSubject && !compound && !HeadsRelativeClause(clause, m, first)) || listInPhrase)
            {
                if (!country)
                    fallback ??= k;
                continue;
            }
            // "attacked Kyiv and killed": after "and" or "but", the object of the event before is not this cue's subject;
            // "warned that Russia would strike": right before it, it is.
            // "restore Bazoum, who remains detained": a relative pronoun after the comma takes the name up again.
            var joined = Enumerable.Range(m.EndToken, Math.Max(0, first - m.EndToken)).Any(i => clause.Word(i) is "and" or "but" or ",")
                         && !clause.Is(m.EndToken + 1, SubjectRelatives);
            if (joined && found.FirstOrDefault(f => f.First < m.FirstToken && f.Event.Recipients.Exists(r => r.Start == m.Mention.Start)) is { Event: { } earlier }
                && earlier.Actors.Count > 0)
            {
                return mentions.Where(x => earlier.Actors.Exists(a => a.Start == x.Mention.Start)).ToList();
            }
            // "declared Guterres persona non grata and barred him": nor is the object of a verb this cue is joined
            // to by "and", even when that verb tells no event.
            if (Enumerable.Range(m.EndToken, Math.Max(0, first - m.EndToken)).Any(i => clause.Word(i) is "and") && IsPastVerb(clause, before))
                continue;
            return Coordinated(clause, k, -1);
        }
        return fallback is { } f0 ? Coordinated(clause, f0, -1) : [];
    }

    /// <summary>
    /// Whether, between a subject ending at token <paramref name="from"/> and the cue at <paramref name="first"/>, a verb of
    /// saying opens a clause whose own subject is an armed group named by its role right before the cue ("says soldiers
    /// opened fire", "said that security forces had fired"). Not the sayer's own ("said its troops captured"), nor a pronoun
    /// taking the sayer up ("said it would resume"), nor a group the sayer may lead ("saying all 27 leaders had signed").
    /// </summary>
    private bool HasOwnReportedSubject(SentenceClauses clause, int from, int first)
    {
        var said = from;
        while (said < first && !names.IsReportVerb(clause.Word(said)))
            said++;
        for (var i = said + 1; i < first; i++)
        {
            if (clause.Is(i, PossessivePronouns))
                return false;
            if (names.Roles.LongestAt(clause.Document, i, first) is { } role && role.Values.Any(r => !r.IsTitle && !r.IsModifier && r.Sector is "MIL" or "POL" or "REB")
                && OnlyAuxiliariesBetween(clause, role.End, first))
                return true;
        }
        return false;
    }

    /// <summary>
    /// Whether a verb of saying stands between a subject ending at token <paramref name="from"/> and the cue at
    /// <paramref name="first"/>, with words of a clause's own subject between it and the cue ("says at least 22 people were"),
    /// not a pronoun taking the sayer up ("said it was attacked").
    /// </summary>
    private bool ReportsClauseOfItsOwn(SentenceClauses clause, int from, int first)
    {
        var said = from;
        while (said < first && !names.IsReportVerb(clause.Word(said)))
            said++;
        for (var i = clause.Word(said + 1) is "that" ? said + 2 : said + 1; i < first; i++)
        {
            // "Ukraine said it was attacked", "said its convoy was hit": a pronoun takes the sayer up.
            if (clause.Is(i, SayerPronouns))
                return false;
            if (!IsPassiveAuxiliary(clause, i))
                return true;
        }
        return false;
    }

    private static readonly FrozenSet<string> SayerPronouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "it", "its", "they", "their", "we", "our", "he", "his", "she", "her", "i", "my");

    /// <summary>A word of a passive's verb group before its participle: "had", "been", "were", "not", "reportedly".</summary>
    private static bool IsPassiveAuxiliary(SentenceClauses clause, int i) =>
        clause.Is(i, BeForms) || clause.Is(i, AuxiliariesAndAdverbs) || clause.Word(i) is "been" or "being" or "not"
        || clause.Word(i).EndsWith("ly", StringComparison.Ordinal);

    /// <summary>Whether tokens <paramref name="from"/> up to the cue at <paramref name="first"/> are all of a passive's verb group.</summary>
    private static bool PassiveVerbGroupBetween(SentenceClauses clause, int from, int first)
    {
        for (var i = from; i < first; i++)
        {
            if (!IsPassiveAuxiliary(clause, i))
                return false;
        }
        return from < first;
    }

    /// <summary>
    /// "Police said dozens of protesters were detained": the actor named as the reported clause's own subject, right
    /// before the passive's verb group, is whom it befell.
    /// </summary>
    private static List<MentionSpan> ReportedPassiveSubject(SentenceClauses clause, int from, int first)
    {
        var own = clause.Mentions.FindLast(m => m.FirstToken >= from && m.EndToken <= first && m.Mention.Kind == MentionKind.Actor);
        return own.Mention is not null && PassiveVerbGroupBetween(clause, own.EndToken, first) ? [own] : [];
    }

    /// <summary>
    /// "Interior Minister Alassane Seidou said 14 people had been arrested": the subject of a reported passive arrest
    /// that is people no name places (no mention covers them), reported by a state's government, police or courts, is
    /// that state's people, coded with the sayer's country.
    /// </summary>
    private Participant? PeopleReportedHeld(SentenceClauses clause, PloverEvent e, MentionSpan sayer, int first)
    {
        if (e.Category.Type != "COERCE" || sayer.Mention.Actor is not { Sector: "GOV" or "POL" or "JUD" } official
            || !EntityRecognizer.IsStateCode(official.Code))
            return null;
        var document = clause.Document;
        for (var i = sayer.EndToken; i < first; i++)
        {
            if (names.Roles.LongestAt(document, i, first) is not { } match
                || !match.Values.Any(r => r.Sector == "CVL" && !r.IsTitle && !r.IsModifier && !r.IsUnplaced)
                || !PassiveVerbGroupBetween(clause, match.End, first))
                continue;
            var start = document.Tokens[match.Start].Start;
            var finish = document.Tokens[match.End - 1].End;
            return clause.Mentions.Exists(m => m.Mention.Start < finish && start < m.Mention.End)
                ? null : new Participant(start, finish, official.Code, "CVL", null);
        }
        return null;
    }

    /// <summary>Whether only auxiliaries and adverbs stand from token <paramref name="from"/> to the cue at <paramref name="first"/> ("forces had reportedly shot").</summary>
    private static bool OnlyAuxiliariesBetween(SentenceClauses clause, int from, int first)
    {
        for (var i = from; i < first; i++)
        {
            if (!clause.Is(i, AuxiliariesAndAdverbs) && !clause.Word(i).EndsWith("ly", StringComparison.Ordinal))
                return false;
        }
        return true;
    }

    /// <summary>
    /// Whether the cue at <paramref name="first"/> is the verb of a relative clause right after <paramref name="m"/>, with or
    /// without a comma ("according to Amnesty International, which accused the authorities", "talks with Hamas, which has
    /// rejected", "fired tear gas at protesters who marched"):
    /// the name is its subject, whatever phrase holds it. Only auxiliaries and adverbs may stand between the pronoun and the cue.
    /// </summary>
    private static bool HeadsRelativeClause(SentenceClauses clause, MentionSpan m, int first)
    {
        var pronoun = clause.Word(m.EndToken) is "," ? m.EndToken + 1 : m.EndToken;
        if (!clause.Is(pronoun, SubjectRelatives) || clause.Word(pronoun) is "whose" || first - pronoun - 1 > AsideVerbReach - 1)
            return false;
        return first > pronoun && OnlyAuxiliariesBetween(clause, pronoun + 1, first);
    }

    // Words that may stand between a relative pronoun and its verb ("which has rejected", "who later rejected"; not "who said").
    private static readonly FrozenSet<string> AuxiliariesAndAdverbs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "has", "have", "had", "also", "later", "then", "again", "already", "since", "once", "first", "last", "previously");

    // Prepositions before a court that an accusation is brought to: "took the case to the ICJ", "a complaint with the ICC".
    private static readonly FrozenSet<string> CourtPrepositions = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "to", "with", "before", "at");

    // The pronoun for a group as an object, which has no mention of its own: "fired tear gas at them".
    private static readonly FrozenSet<string> GroupObjects = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "them");

    // Possessive determiners of a noun cue ("their release by Tehran", "his arrest by police").
    private static readonly FrozenSet<string> PossessivePronouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "its", "their", "his", "her");

    // Be-forms contracted with "not", one token each ("wasn't invited").
    private static readonly FrozenSet<string> NegatedBeForms = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "isn't", "aren't", "wasn't", "weren't", "isn\u2019t", "aren\u2019t", "wasn\u2019t", "weren\u2019t");

    // Relative pronouns that stand for a name just before them, as the subject of their clause (or its owner: "whose").
    private static readonly FrozenSet<string> SubjectRelatives =
        FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "which", "who", "whose");

    // Verbs that take a past participle as a state: "remains detained", "stayed blocked" (not "remained committed to").
    private static readonly FrozenSet<string> StativeVerbs =
        FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "remain", "remains", "remained", "stay", "stays", "stayed");

    // Words ("has", "also", "has since") that may stand between an aside's closing comma and the verb it interrupts.
    private const int AsideVerbReach = 3;

    /// <summary>
    /// When the cue at <paramref name="first"/> follows a relative clause set off by commas ("Washington, which has
    /// troops in the country, suspended", "Germany, whose soldiers train Malian forces, withdrew"), the token of the
    /// comma that opens it; null otherwise. Only auxiliaries and adverbs may stand between the closing comma and the cue.
    /// </summary>
    private static int? AsideBefore(SentenceClauses clause, int first)
    {
        var close = first - 1;
        while (close >= clause.Sentence.FirstToken && first - close <= AsideVerbReach && clause.Word(close) is not "," && IsLowerWord(clause.Word(close))
               && !clause.Is(close, Conjunctions))
            close--;
        if (close < clause.Sentence.FirstToken || clause.Word(close) is not ",")
            return null;
        for (var i = close - 1; i > clause.Sentence.FirstToken; i--)
        {
            // "in Kananaskis, Canada," names one place: its comma does not close the aside.
            if ((clause.Word(i) is "," && !IsPlaceApposition(clause, i)) || clause.Is(i, ClauseBreaks))
                return null;
            if (clause.Is(i, SubjectRelatives) && clause.Word(i - 1) is ",")
                return i - 1;
            // "G7 leaders meeting in Kananaskis, Canada, called for": a participle right after its subject opens the aside.
            if (clause.Word(i).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && IsLowerWord(clause.Word(i)) && clause.Mentions.Exists(m => m.EndToken == i))
                return i;
        }
        return null;
    }

    /// <summary>Whether the comma at <paramref name="comma"/> stands between two capitalised names ("Kananaskis, Canada").</summary>
    private static bool IsPlaceApposition(SentenceClauses clause, int comma) =>
        comma + 1 < clause.Sentence.EndToken && comma > clause.Sentence.FirstToken
        && char.IsUpper(clause.Word(comma + 1)[0]) && char.IsUpper(clause.Word(comma - 1)[0]);

    /// <summary>The actors (or places) that start within reach after token <paramref name="start"/>, with those coordinated to the first.</summary>
    private static List<MentionSpan> ObjectGroup(SentenceClauses clause, int start, MentionKind kind, int reach = ObjectReach)
    {
        var mentions = clause.Mentions;
        for (var k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            if (m.FirstToken < start)
                continue;
            // An object does not lie past a comma ("recognised a Palestinian state on Tuesday, prompting Israel to …")
            // nor in a clause of its own ("recalled its ambassador after gunmen attacked …").
            // A long object may still be followed by whom it goes to: "provided more than $60 billion in military aid to Ukraine".
            var farReach = reach == ObjectReach && m.Mention.Kind == kind && clause.Is(m.FirstToken - 1, PartyPrepositions) ? FarObjectReach : reach;
            if (m.FirstToken - start > farReach || Breaks(clause, start, m.FirstToken) || clause.CueBetween(start, m.FirstToken)
                || Enumerable.Range(start, m.FirstToken - start).Any(i => clause.Word(i) is "," || clause.Is(i, ClauseOpeners) || OpensRelativeClause(clause, start, i)))
                return [];
            if (m.Mention.Kind == kind)
                return Coordinated(clause, k, +1);
        }
        return [];
    }

    /// <summary>
    /// Where the object of a cue can end, from token <paramref name="start"/> to <paramref name="to"/> at most: before a
    /// clause break, clause opener, word of another cue, or comma opening an apposition that names an act. "Putin said the
    /// two sides had reached an understanding and warned Kyiv and European capitals" names no object of the understanding,
    /// nor does "China restricted exports of rare earths, a move American carmakers said was hurting them" of the
    /// restriction; "released Marc Fogel, an American teacher" does name whom it freed.
    /// </summary>
    private int ObjectStretchEnd(SentenceClauses clause, int start, int to)
    {
        for (var i = start; i < to; i++)
        {
            if (clause.Is(i, ClauseBreaks) || clause.Is(i, ClauseOpeners) || clause.CueBetween(i, i + 1)
                || (clause.Word(i) is "," && clause.Is(i + 1, NounDeterminers) && clause.Is(i + 2, names.Actors.ActNouns)))
                return i;
        }
        return to;
    }

    /// <summary>
    /// When the subject starting at token <paramref name="subjectStart"/> opens a relative clause ("…, which Moscow
    /// rejected", "a proposal that Ukraine accepted", "a response Washington called unacceptable"), the noun it
    /// describes if that is an actor ("Gonzalez, whom Washington recognises"), otherwise the actor named before
    /// that noun, who made the proposal, set the conditions or voiced the idea; empty when it opens no such clause.
    /// </summary>
    private static List<MentionSpan> RelativeAntecedent(SentenceClauses clause, int subjectStart, List<(PloverEvent Event, int First, int End)> found)
    {
        var last = subjectStart > clause.Sentence.FirstToken && clause.Word(subjectStart - 1).Equals("the", StringComparison.OrdinalIgnoreCase)
            ? subjectStart - 2 : subjectStart - 1;
        // "a deal under which Ethiopia and Somalia agreed": the noun is the setting of that clause, not its object.
        if (clause.Is(last, ObjectRelatives) && clause.Is(last - 1, Prepositions))
            return [];
        if (clause.Is(last, ObjectRelatives))
        {
            if (clause.Word(last) is "that" && !EndsNounPhrase(clause, last - 1))
                return [];
            last--;
            if (clause.Word(last) is ",")
                last--;
        }
        else if (!EndsNounPhrase(clause, last))
            return [];
        var named = clause.Mentions.FindLast(m => m.EndToken == last + 1 && m.Mention.Kind == MentionKind.Actor);
        return named.Mention is not null ? [named] : Subject(clause, last + 1, found, int.MaxValue);
    }

    /// <summary>
    /// Whether token <paramref name="i"/> ends a noun phrase opened by a determiner a few lower-case words before
    /// ("a 30-day ceasefire", "the sanctions"); not a conjunction, preposition or verb form ("the coup because",
    /// "an agreement giving").
    /// </summary>
    private static bool EndsNounPhrase(SentenceClauses clause, int i)
    {
        if (i < clause.Sentence.FirstToken || clause.Document.Tokens[i].Kind != TokenKind.Word || !IsLowerWord(clause.Word(i))
            || clause.Is(i, ClauseOpeners) || clause.Is(i, Prepositions) || clause.Is(i, Conjunctions)
            || clause.Word(i).EndsWith("ing", StringComparison.Ordinal) || clause.Word(i).EndsWith("ed", StringComparison.Ordinal))
            return false;
        for (var j = i - 1; j >= clause.Sentence.FirstToken && i - j <= NounPhraseReach; j--)
        {
            if (clause.Is(j, NounDeterminers))
                return true;
            if (!(clause.Document.Tokens[j].Kind == TokenKind.Number || clause.Word(j) is "-" || IsLowerWord(clause.Word(j))))
                return false;
        }
        return false;
    }

    /// <summary>
    /// Whether the cue at <paramref name="first"/> after a subject ending at <paramref name="subjectEnd"/> reads as a
    /// verb: in the past ("Washington called"), or after words of its own ("Moscow again rejected", "Trump had
    /// threatened"); a name right before a bare cue word may just modify it ("the largest Houthi attack").
    /// </summary>
    private static bool IsFiniteVerb(SentenceClauses clause, int subjectEnd, int first) =>
        first > subjectEnd || clause.Word(first).EndsWith("ed", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a response phrase of <c>events/response-cues.tsv</c> ("in response", "in retaliation") follows token
    /// <paramref name="end"/> within its clause ("warned of unbearable measures in response").
    /// </summary>
    private bool SaysItResponds(SentenceClauses clause, int end)
    {
        for (var i = end; i < clause.Sentence.EndToken && i - end <= ObjectReach; i++)
        {
            if (clause.Word(i) is "," || clause.Is(i, ClauseBreaks))
                return false;
            if (lexicon.Responses.LongestAt(clause.Document, i, clause.Sentence.EndToken) is { } match && match.Values.Contains(ResponseCue.Response))
                return true;
        }
        return false;
    }

    /// <summary>Whether token <paramref name="i"/> is a causative participle of <c>events/response-cues.tsv</c> ("…, prompting Israel to recall").</summary>
    private bool IsCausative(SentenceClauses clause, int i) =>
        i >= clause.Sentence.FirstToken && lexicon.Responses.Word(clause.Word(i)).Contains(ResponseCue.Causative);

    /// <summary>
    /// Whether two actors are one side: of one country and sector, or one named as the other's own ("Kigali … its
    /// troops"). A response may answer its own country's other side ("unions called off the strike after the government
    /// promised", "lawmakers voted to overturn the president's decree").
    /// </summary>
    private static bool SameSide(MentionSpan a, MentionSpan b) =>
        a.Mention.Actor is { } x && b.Mention.Actor is { } y && x.Code == y.Code
        && (x.Sector == y.Sector || a.Mention.Evidence == "possessor" || b.Mention.Evidence == "possessor");

    /// <summary>The token before <paramref name="first"/>, skipping a "the" ("if the M23 refuses").</summary>
    private static int WordBefore(SentenceClauses clause, int first) =>
        first - 1 > clause.Sentence.FirstToken && clause.Word(first - 1).Equals("the", StringComparison.OrdinalIgnoreCase) ? first - 2 : first - 1;

    /// <summary>Whether token <paramref name="i"/> is a verb in the past ("declared"), by its form.</summary>
    private static bool IsPastVerb(SentenceClauses clause, int i) =>
        i >= clause.Sentence.FirstToken && IsLowerWord(clause.Word(i))
        && (clause.Word(i).EndsWith("ed", StringComparison.Ordinal) || IrregularPast.GetAlternateLookup<ReadOnlySpan<char>>().Contains(clause.Word(i)));

    // Irregular past forms common in news: "Putin said the two sides had agreed and warned Kyiv" (Putin warned).
    private static readonly FrozenSet<string> IrregularPast = FrozenSet.Create(StringComparer.Ordinal,
        "said", "told", "met", "held", "sent", "gave", "made", "took", "struck", "hit", "shot", "led", "left", "sought", "brought", "won", "put", "cut",
        "kept", "saw", "wrote", "spoke", "threw", "drove", "fought", "caught", "began", "broke", "chose", "felt", "found", "knew", "lost", "paid");

    /// <summary>Whether token <paramref name="i"/> is a hyphen with no space before or after it ("U.S.-brokered").</summary>
    private static bool IsHyphenated(SentenceClauses clause, int i)
    {
        var tokens = clause.Document.Tokens;
        return i > 0 && i + 1 < tokens.Length && clause.Word(i) is "-" && tokens[i - 1].End == tokens[i].Start && tokens[i + 1].Start == tokens[i].End;
    }

    /// <summary>Whether token <paramref name="i"/> is a lower-case word in "-ing".</summary>
    private static bool IsGerund(SentenceClauses clause, int i) =>
        IsLowerWord(clause.Word(i)) && clause.Word(i).EndsWith("ing", StringComparison.Ordinal) && clause.Word(i).Length > 5;

    private static bool IsLowerWord(ReadOnlySpan<char> word) => word.Length > 1 && char.IsLower(word[0]) && !word.EndsWith("ly", StringComparison.Ordinal);

    /// <summary>The first actors after token <paramref name="start"/> in the same stretch of the sentence (no comma or clause break) that are not on <paramref name="side"/>'s side.</summary>
    private static List<MentionSpan> OtherSideAfter(SentenceClauses clause, int start, List<MentionSpan> side)
    {
        var k = clause.Mentions.FindIndex(m => m.FirstToken >= start && m.Mention.Kind == MentionKind.Actor);
        if (k < 0 || clause.Mentions[k].FirstToken - start > ObjectReach || Breaks(clause, start, clause.Mentions[k].FirstToken)
            || Enumerable.Range(start, clause.Mentions[k].FirstToken - start).Any(i => clause.Word(i) is ","))
            return [];
        var group = Coordinated(clause, k, +1);
        return group.FindAll(m => !side.Exists(s => s.Mention.Actor?.Code == m.Mention.Actor?.Code));
    }

    /// <summary>
    /// Whom a mediator goes between: the actors named together in the sentence ("a deal reached between Israel and
    /// Hamas after weeks of Qatari mediation", "Russia and Ukraine carried out a swap, with the UAE acting as mediator"),
    /// two sides or more (a country's rebels are a side apart from it) of which the mediator is none; a "between" group first, else the group nearest the cue.
    /// </summary>
    private static List<MentionSpan> MediatedParties(SentenceClauses clause, int first, List<Participant> mediators)
    {
        List<MentionSpan> best = [];
        var bestDistance = int.MaxValue;
        var mentions = clause.Mentions;
        for (var k = 0; k < mentions.Count; k++)
        {
            if (mentions[k].Mention.Actor is null || (k > 0 && Coordinated(clause, k, -1).Count > 1))
                continue;
            var group = Coordinated(clause, k, +1);
            var sides = group.Select(m => m.Mention.Actor is { } a ? Participant.SideOf(a.Code, a.Sector) : null).Distinct().Count();
            if (sides < 2 || group.Exists(m => mediators.Exists(a => a.Code == m.Mention.Actor?.Code)))
                continue;
            var before = WordBefore(clause, group[0].FirstToken);
            var distance = before >= clause.Sentence.FirstToken && clause.Word(before).Equals("between", StringComparison.OrdinalIgnoreCase)
                ? -1 : Math.Abs(group[0].FirstToken - first);
            if (distance < bestDistance)
            {
                best = group;
                bestDistance = distance;
            }
        }
        return best;
    }

    /// <summary>
    /// When the cue at <paramref name="first"/> is the second object of a verb of giving and <paramref name="subject"/> its
    /// first ("granted Armenia a loan", "offer Kyiv new guarantees"), the verb's token; null otherwise. Only words of the
    /// object's own noun phrase may stand between the name and the cue: not "sent troops to Mali on a mission", nor "gave the
    /// officers who seized power a week", where the cue tells of the first object.
    /// </summary>
    private int? GivingVerbBefore(SentenceClauses clause, List<MentionSpan> subject, int first)
    {
        if (subject.Count == 0 || subject[0].FirstToken <= clause.Sentence.FirstToken || subject[^1].EndToken > first || first - subject[^1].EndToken > GivenObjectReach)
            return null;
        for (var i = subject[^1].EndToken; i < first; i++)
        {
            if (clause.Is(i, Prepositions) || clause.Is(i, ClauseBreaks) || clause.Is(i, NotNouns) || clause.Word(i) is ","
                || clause.Document.Tokens[i].Kind == TokenKind.Clitic)
                return null;
        }
        var verb = WordBefore(clause, subject[0].FirstToken);
        return clause.Is(verb, lexicon.GivingVerbs) ? verb : null;
    }

    /// <summary>Whether the name at token <paramref name="first"/> follows "together with", "along with", "jointly with" or "alongside".</summary>
    private static bool IsCompanion(SentenceClauses clause, int first) =>
        clause.Is(first - 1, CompanionWords) || (clause.Word(first - 1) is "with" && clause.Is(first - 2, CompanionWords));

    /// <summary>
    /// Whom a mediator goes between when its sentence names no pair: the sides of another act of the sentence, else of the
    /// act told nearest before it within a few sentences, else of the acts of the sentence just before it together ("A truce between Israel and Hamas took effect … Qatar, which
    /// mediated the agreement, said …"; "Turkey brokered the deal in 2022, after Russia invaded Ukraine"), two countries
    /// or more of which the mediator is none.
    /// </summary>
    private static void MediateBetweenSidesBefore(PloverEvent mediation, List<(PloverEvent Event, int First, int End)> found, List<PloverEvent> events)
    {
        if (mediation.Category is not { Type: "CONSULT", Mode: "third-party" } || mediation.Recipients.Count > 0 || mediation.Actors.Count == 0)
            return;
        var acts = found.Select(f => f.Event).Concat(Enumerable.Reverse(events).TakeWhile(x => mediation.Sentence - x.Sentence <= MediatedActReach));
        foreach (var act in acts)
        {
            if (act == mediation || act.Category.Mode == "third-party")
                continue;
            var sides = act.Actors.Concat(act.Recipients).DistinctBy(p => p.Code).ToList();
            if (sides.Count < 2 || sides.Exists(p => mediation.Actors.Exists(a => a.Code == p.Code)))
                continue;
            mediation.Recipients.AddRange(sides);
            mediation.Explanations["recipient"] = "events: a mediator goes between the sides of the act told with it or just before it";
            return;
        }
        // "Armenian forces agreed to lay down their weapons, a day after Azerbaijan launched an offensive. The ceasefire was
        // mediated by Russian peacekeepers": with no act of two sides, the sides of the acts of the sentence just before, together.
        if (events.Count == 0 || mediation.Sentence - events[^1].Sentence > MediatedActReach)
            return;
        var told = events[^1].Sentence;
        var together = Enumerable.Reverse(events).TakeWhile(x => x.Sentence == told).Where(x => x.Category.Mode != "third-party")
            .SelectMany(x => x.Actors.Concat(x.Recipients)).DistinctBy(p => p.Code).ToList();
        if (together.Count < 2 || together.Exists(p => mediation.Actors.Exists(a => a.Code == p.Code)))
            return;
        mediation.Recipients.AddRange(together);
        mediation.Explanations["recipient"] = "events: a mediator goes between the sides of the acts of the sentence told just before it";
    }

    /// <summary>
    /// The subject of the clause a phrase opening the sentence leads into ("On Monday, after talks with Stoltenberg and
    /// Kristersson, Turkish President Tayyip Erdogan agreed …"): with the cue <c>[first, end)</c> right after a word such as
    /// "after" at the sentence's start or after a comma, the actors right after the comma that closes the phrase, when the
    /// clause's own cue follows them.
    /// </summary>
    private static List<MentionSpan> OpeningPhraseSubject(SentenceClauses clause, int first, int end)
    {
        var opener = first - 1;
        if (!clause.Is(opener, ClauseOpeners) || !(opener == clause.Sentence.FirstToken || clause.Word(opener - 1) is ","))
            return [];
        var comma = end;
        while (comma < clause.Sentence.EndToken && clause.Word(comma) is not ("," or ";") && !clause.CueBetween(comma, comma + 1))
            comma++;
        if (comma >= clause.Sentence.EndToken || clause.Word(comma) is not "," || ObjectGroup(clause, comma + 1, MentionKind.Actor, 1) is not { Count: > 0 } main
            || main[0].FirstToken != comma + 1 || !clause.CueBetween(main[^1].EndToken, main[^1].EndToken + 2))
            return [];
        return main;
    }

    /// <summary>Whether the cue's object is "them": right after the cue, in its gap, or after a preposition ("fired tear gas at them").</summary>
    private static bool TakesThem(SentenceClauses clause, int objectStart, int end) =>
        clause.Is(objectStart, GroupObjects) || clause.Is(end, GroupObjects) || (clause.Is(end, Prepositions) && clause.Is(end + 1, GroupObjects));

    /// <summary>
    /// Whom "them" stands for: the parties of the latest act told before the cue in its sentence that are not the
    /// subject — its doers ("supporters marched in Douala, and police fired tear gas at them"), else whom it was done
    /// to ("troops detained dozens of villagers and beat them"). Only "him" and "her" have mentions of their own.
    /// </summary>
    private static List<Participant>? OtherSideBefore(PloverEvent e, int first, List<MentionSpan> subject, List<(PloverEvent Event, int First, int End)> found)
    {
        for (var k = found.Count - 1; k >= 0; k--)
        {
            var (act, _, actEnd) = found[k];
            if (act == e || actEnd > first)
                continue;
            var doers = act.Actors.FindAll(a => !subject.Exists(s => s.Mention.Start == a.Start));
            var side = doers.Count == act.Actors.Count && doers.Count > 0 ? doers : act.Recipients.FindAll(r => !subject.Exists(s => s.Mention.Start == r.Start));
            if (side.Count > 0)
                return side.DistinctBy(p => p.Code).ToList();
        }
        return null;
    }

    /// <summary>The person named last before token <paramref name="first"/> who is not one of <paramref name="subject"/>.</summary>
    private static List<MentionSpan> NamedPersonBefore(SentenceClauses clause, int first, List<MentionSpan> subject)
    {
        var person = clause.Mentions.FindLast(m => m.EndToken <= first && m.Mention.Actor is { Name: not null }
                                                   && !subject.Exists(s => s.Mention.Actor?.Code == m.Mention.Actor.Code));
        return person.Mention is null ? [] : [person];
    }

    /// <summary>
    /// Forces or police of the subject's own country, named by a common noun, that a cooperative act sends or provides
    /// ("Kenya will provide police officers to Haiti"): what it gives, not whom. Conflict may set one on its own forces.
    /// </summary>
    private static bool IsOwnForces(MentionSpan m, List<MentionSpan> subject, EventCategory category) =>
        category.Score > 0 && m.Mention.Actor is { Name: null, Sector: "MIL" or "POL" } forces
        && subject.Exists(s => s.Mention.Actor?.Code == forces.Code && s.Mention.Actor.Sector != forces.Sector);

    /// <summary>A group named by its owner's possessive ("its troops", "their envoys") whose owner is one of <paramref name="subject"/>.</summary>
    private static bool IsOwnGroup(MentionSpan m, List<MentionSpan> subject) =>
        m.Mention.Evidence == "possessor" && subject.Exists(s => s.Mention.Actor?.Code is { } code && code == m.Mention.Actor?.Code);

    /// <summary>
    /// Whether a mention in the gap of a cue ending before <paramref name="end"/> only modifies the cue's noun
    /// ("restore UN sanctions on Iran", "lift all U.S. sanctions on Syria"), so the party is named after the cue.
    /// An object in the gap is followed by a preposition ("threatened Russia with"); an owner by "'s" ("froze Niger's
    /// assets"), unless it is the subject's own side ("reaffirmed Washington's commitment to Taiwan").
    /// </summary>
    private static bool ModifiesCueNoun(SentenceClauses clause, MentionSpan m, int end, List<MentionSpan> subject) =>
        m.EndToken < end && !clause.Is(m.EndToken, Prepositions)
        && (!(clause.Document.Tokens[m.EndToken].Kind == TokenKind.Clitic || clause.Document.Tokens[m.EndToken - 1].Kind == TokenKind.Clitic)
            || subject.Exists(s => s.Mention.Actor?.Code is { } code && code == m.Mention.Actor?.Code));

    /// <summary>
    /// Whom an event that takes no object is directed at: the actors of an "against" phrase soon after its cue
    /// ("thousands rallied in Bratislava on Friday against Prime Minister Robert Fico's policy").
    /// </summary>
    private static List<MentionSpan> OpposedParty(SentenceClauses clause, int end)
    {
        for (var i = end; i < clause.Sentence.EndToken && i - end <= ObjectReach; i++)
        {
            if (clause.Word(i).Equals("against", StringComparison.OrdinalIgnoreCase))
                return Breaks(clause, end, i) ? [] : ObjectGroup(clause, i + 1, MentionKind.Actor, reach: 1);
        }
        return [];
    }

    /// <summary>
    /// Whom a protest makes its demand of: the party a "demanding that" clause acts through ("gathered outside the
    /// base, demanding that French troops leave Niger", "to demand that the school divest", "urging the government to resign").
    /// </summary>
    private static List<MentionSpan> DemandedParty(SentenceClauses clause, int end)
    {
        var demand = Demand(clause.Document, end, clause.Sentence);
        if (demand < 0)
            return [];
        // Not "demanding the release of Imamoglu": whom a demanded act is for is not whom it is demanded of.
        var start = clause.Is(demand + 1, ObjectRelatives) ? demand + 2 : demand + 1;
        return ObjectGroup(clause, start, MentionKind.Actor, reach: 1);
    }

    /// <summary>The token of the demand word ("demanding", "to demand") soon after a protest's cue ending at <paramref name="end"/>, in its clause; −1 if none.</summary>
    private static int Demand(Document document, int end, Sentence sentence)
    {
        for (var i = end; i < sentence.EndToken && i - end <= DemandReach; i++)
        {
            if (ClauseBreaks.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(i)))
                return -1;
            if (DemandWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(i)))
                return i;
        }
        return -1;
    }

    /// <summary>
    /// "gathered in Belgrade, demanding that the prime minister resign": what a protest demands is its topic, told
    /// with it; neither the demand nor the act demanded is an event of its own (as PLOVER codes protests).
    /// </summary>
    private static void DropProtestDemands(Document document, Sentence sentence, List<(PloverEvent Event, int First, int End)> found)
    {
        foreach (var protest in found.FindAll(f => f.Event.Category.Type == "PROTEST"))
        {
            var demand = Demand(document, protest.End, sentence);
            if (demand < 0)
                continue;
            var thatClause = ObjectRelatives.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(demand + 1));
            found.RemoveAll(f => f.First == demand
                                 || (thatClause && f.Event.Pattern.Form == EventForm.Verb && f.First > demand + 1 && f.First - demand <= DemandedActReach));
        }
    }

    /// <summary>
    /// The actors of the "from" phrase a noun cue ends with ("pressure from", "criticism from"). Only a cue that
    /// takes its "from" as one of its words: after other nouns "from" names a place left ("withdrawal from Niger").
    /// </summary>
    private static List<MentionSpan> SourcePhrase(SentenceClauses clause, int end) =>
        clause.Word(end - 1).Equals("from", StringComparison.OrdinalIgnoreCase) ? ObjectGroup(clause, end, MentionKind.Actor, NounReach) : [];

    /// <summary>
    /// Whether token <paramref name="i"/> is a "that" describing the noun before it ("set conditions that Kyiv is likely
    /// to reject", "communications that Beijing cut off"): its clause tells of the noun, and its subject is not the
    /// cue's object. Right after the cue, or after a name, a date or an adverb, "that" opens what was said or
    /// demanded ("warned that Moscow would face sanctions", "warned Russia on Monday that …").
    /// </summary>
    private static bool OpensRelativeClause(SentenceClauses clause, int start, int i)
    {
        if (i <= start || !clause.Word(i).Equals("that", StringComparison.OrdinalIgnoreCase))
            return false;
        var before = clause.Word(i - 1);
        return before.Length > 1 && char.IsLower(before[0]) && !before.EndsWith("ly", StringComparison.Ordinal);
    }

    /// <summary>For visits: the place after the cue (or an actor standing for one, "arrived in Washington").</summary>
    private static List<MentionSpan> PlaceRecipient(SentenceClauses clause, int start)
    {
        foreach (var m in clause.Mentions)
        {
            if (m.FirstToken < start || m.Mention.Kind == MentionKind.Date)
                continue;
            if (m.FirstToken - start > ObjectReach || Breaks(clause, start, m.FirstToken))
                return [];
            // "crossed from Chad into Darfur": the place left is not the one reached.
            if (clause.Word(WordBefore(clause, m.FirstToken)).Equals("from", StringComparison.OrdinalIgnoreCase))
                continue;
            if (m.Mention.Place?.Country is not null || m.Mention.Actor is not null)
                return [m];
        }
        return [];
    }

    /// <summary>
    /// A place after the cue stands for its country: right after it ("visited Kharkiv"), or anywhere within
    /// reach when the event strikes places ("fired missiles at targets inside Russia") or goes to them
    /// ("airdropping food into northern Gaza").
    /// </summary>
    private static List<MentionSpan> TargetPlace(SentenceClauses clause, int start, EventCategory category)
    {
        foreach (var m in clause.Mentions)
        {
            if (m.FirstToken < start || m.Mention.Kind == MentionKind.Date)
                continue;
            // Otherwise only a place that is the cue's object itself, with no preposition between: "met in Istanbul" names a venue.
            var reach = category.PlaceIsTarget || (category.PlaceIsDestination && clause.Is(m.FirstToken - 1, DestinationPrepositions)) ? ObjectReach : 0;
            if (m.Mention.Kind != MentionKind.Place || m.FirstToken - start > reach || Breaks(clause, start, m.FirstToken) || clause.CueBetween(start, m.FirstToken))
                return [];
            return m.Mention.Place?.Country is not null ? [m] : [];
        }
        return [];
    }

    /// <summary>
    /// When the cue's object at token <paramref name="start"/> is a place named by a common noun ("the city", "the
    /// territory"), the place or country the sentence named last before the cue at <paramref name="first"/>.
    /// </summary>
    private static MentionSpan? PlaceNamedBefore(SentenceClauses clause, int start, int first)
    {
        if (!clause.Is(start, PlaceDeterminers) || !clause.Is(start + 1, PlaceNouns))
            return null;
        var named = clause.Mentions.FindLast(m => m.EndToken <= first
            && (m.Mention.Kind == MentionKind.Place || m.Mention.Place?.Kind is PlaceKind.Country) && m.Mention.Place?.Country is not null);
        return named.Mention is null ? null : named;
    }

    /// <summary>Mention <paramref name="k"/> and the actors joined to it by commas and "and", walking in <paramref name="direction"/>.</summary>
    private static List<MentionSpan> Coordinated(SentenceClauses clause, int k, int direction)
    {
        var mentions = clause.Mentions;
        var group = new List<MentionSpan> { mentions[k] };
        var kind = mentions[k].Mention.Kind;
        for (var j = k + direction; j >= 0 && j < mentions.Count; j += direction)
        {
            var (left, right) = direction > 0 ? (group[^1], mentions[j]) : (mentions[j], group[0]);
            if (mentions[j].Mention.Kind != kind || !OnlyJoiners(clause, left.EndToken, right.FirstToken))
                break;
            if (direction > 0)
                group.Add(mentions[j]);
            else
                group.Insert(0, mentions[j]);
        }
        // "indirect negotiations with Washington, Iranian Foreign Minister Abbas Araqchi said": a list ends with "and";
        // names of another party after its last "and" that only a comma joins are not part of it (an apposition
        // names the same party again: "its leader, Mohamed Hamdan Dagalo").
        if (direction > 0)
        {
            var last = group.Count - 1;
            while (last > 0 && !JoinedByAnd(clause, group[last - 1].EndToken, group[last].FirstToken))
                last--;
            for (var j = last + 1; j < group.Count; j++)
            {
                // "aid to Ukraine, Israel and partners in the Indo-Pacific": the list goes on past the names.
                if (group[j].Mention.Actor?.Code != group[j - 1].Mention.Actor?.Code && !clause.Is(group[^1].EndToken, ListContinuations))
                {
                    group.RemoveRange(j, group.Count - j);
                    break;
                }
            }
        }
        return group;
    }

    /// <summary>Whether an "and" stands in tokens <c>[from, to)</c>, or the two overlap ("Hungarian and Romanian officials").</summary>
    private static bool JoinedByAnd(SentenceClauses clause, int from, int to) =>
        from >= to || Enumerable.Range(from, to - from).Any(i => clause.Word(i) is "and");

    private static bool OnlyJoiners(SentenceClauses clause, int from, int to)
    {
        if (from > to)
            return true; // overlapping mentions: "Hungarian and Romanian officials" is two actors on one phrase
        if (from == to)
            return false;
        var sawAnd = false;
        for (var i = from; i < to; i++)
        {
            if (!clause.Is(i, Joiners))
                return false;
            sawAnd |= clause.Word(i) is "and" or ",";
        }
        return sawAnd;
    }

    private static bool Breaks(SentenceClauses clause, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (clause.Is(i, ClauseBreaks))
                return true;
        }
        return false;
    }

    /// <summary>
    /// A be-form just before a cue that is not a progressive ("was killed", "had been detained", "was not invited",
    /// "wasn't invited"; not "is blocking"), or one that opens the cue itself before its participle ("was impeached",
    /// "were allowed to leave for"; not "has impeached").
    /// </summary>
    private static bool IsPassiveForm(SentenceClauses clause, int first) =>
        (clause.Is(first, BeForms) && IsPastVerb(clause, first + 1))
        || !clause.Word(first).EndsWith("ing", StringComparison.OrdinalIgnoreCase)
        && (clause.Is(first - 1, BeForms) || clause.Is(first - 1, NegatedBeForms) || (clause.Is(first - 2, BeForms) && clause.Word(first - 1) is "being" or "been" or "also" or "reportedly" or "not" or "never")
            || (clause.Is(first - 1, StativeVerbs) && IsPastVerb(clause, first) && !clause.Word(first + 1).Equals("to", StringComparison.OrdinalIgnoreCase)));

    // Words that may follow a headline's participle when it is a passive with no object: "arrested after …", "detained in Lima".
    private static readonly FrozenSet<string> HeadlinePassiveFollowers = FrozenSet.Create(StringComparer.Ordinal,
        "after", "in", "at", "for", "over", "on", "amid", "as", "following", "during", "near");

    /// <summary>
    /// "Bolivian general arrested after troops storm palace square": a headline drops its be-forms, and tells an active act
    /// in the present ("police seize Glas"), so a lone past participle that no object follows is a passive befalling its subject.
    /// </summary>
    private static bool IsHeadlinePassive(SentenceClauses clause, int sentence, int first, int end) =>
        end - first == 1 && IsPastVerb(clause, first) && ModalityTagger.InHeadline(clause.Document, sentence)
        && (end >= clause.Sentence.EndToken || clause.Is(end, HeadlinePassiveFollowers));

    /// <summary>
    /// A past participle that tells a passive without a be-form of its own: opening an aside on the name that opens the
    /// sentence ("Bassirou Diomaye Faye, released from prison ten days before the vote, was sworn in"), or joined by "and" or "or"
    /// to a passive before it ("Pedro Castillo was impeached and arrested"); not when an object follows it, as after an
    /// active verb ("was sacked and accused the president of betrayal").
    /// </summary>
    private static bool IsBareParticiplePassive(SentenceClauses clause, int first, int end)
    {
        if (end - first != 1 || first - 2 < clause.Sentence.FirstToken || !IsPastVerb(clause, first)
            || clause.Is(end, NounDeterminers) || clause.Mentions.Exists(m => m.FirstToken == end))
            return false;
        // Only a name that opens the sentence: after "Redwan Hussien, adviser to Prime Minister Abiy Ahmed," the comma closes
        // an apposition, and "signed" is the subject's own verb.
        var aside = clause.Word(first - 1) is "," && clause.Mentions.Exists(m => m.EndToken == first - 1 && m.Mention.Kind == MentionKind.Actor
                                                                             && OpensSentence(clause, m.FirstToken));
        var joined = clause.Word(first - 1) is "and" or "or" && IsPastVerb(clause, first - 2) && IsPassiveForm(clause, first - 2);
        return aside || joined;
    }

    /// <summary>Whether token <paramref name="first"/> opens its sentence, or follows only the "The" that does.</summary>
    private static bool OpensSentence(SentenceClauses clause, int first) =>
        first == clause.Sentence.FirstToken || (first == clause.Sentence.FirstToken + 1 && clause.Word(clause.Sentence.FirstToken) is "The");

    /// <summary>
    /// For a passive cue ("was visited on Monday by …"), the token of its "by", within a few words after it
    /// (or among its own words) and before any clause break; −1 when the cue is not passive or names no agent. A participle with its
    /// "by" right after it is passive without a be-form: "a resolution drafted by Ukraine and backed by the EU" —
    /// but not a host's verb: "talks in Putrajaya hosted by Malaysia" names a mediator, not a host receiving a guest.
    /// </summary>
    private static int AgentPhrase(SentenceClauses clause, int first, int end, RoleFrame roles)
    {
        if (end - first == 1 && roles != RoleFrame.ObjectSubject && IsPastVerb(clause, first) && clause.Word(end).Equals("by", StringComparison.OrdinalIgnoreCase))
            return end;
        if (!IsPassiveForm(clause, first))
            return -1;
        // The "by" may be one of the cue's own words: "was hit by a Russian ballistic missile".
        for (var i = first + 1; i < clause.Sentence.EndToken && i - end <= AgentReach; i++)
        {
            if (clause.Is(i, ClauseBreaks))
                return -1;
            if (clause.Word(i).Equals("by", StringComparison.OrdinalIgnoreCase))
                return i;
        }
        return -1;
    }
}
