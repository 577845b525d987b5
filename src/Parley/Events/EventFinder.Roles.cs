using Parley.Documents;
using Parley.Mentions;

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
        else if (!noun && roles != RoleFrame.ObjectSubject && ReducedPassiveObject(clause, first, end) is >= 0 and var acted
                 && ReducedPassiveAgents(clause, e, end) is { Count: > 0 } reducedAgents)
        {
            // "Eswatini has received five men deported from the United States": the participle after a verb's object tells
            // what was done to that object, by its "by" phrase or the country it is removed from; the clause's subject only
            // receives them. Without such a phrase ("freed hostages held in Gaza") the subject may well be the doer.
            actors = reducedAgents;
            recipients = clause.Mentions.FindAll(m => m.FirstToken >= acted && m.EndToken <= first && m.Mention.Kind == MentionKind.Actor);
            how = "reduced passive: the participle after a verb's object acts on that object, by its 'by' or 'from' phrase";
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
            if (e.Category is { Type: "CONSULT", Mode: "third-party" } && subject.Count > 0 && BrokeredActBetween(clause, subject[^1].EndToken, first))
                recipients = [];
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
        else if (noun && subject.Count > 0 && CreditPhrase.Before(clause.Document, subject[^1].EndToken, first))
        {
            actors = [];
            recipients = subject;
            how = "a noun cue credited with the subject's state ('courtesy of', 'thanks to') is what the subject received";
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
                    // "French troops have also left Mali, Burkina Faso, Niger and Chad": a withdrawal from several countries
                    // is from each of them, not only from the first, the place where it is told to happen.
                    else if (recipients.Count == 0 && e.Category.Type == "RETREAT" && e.Category.PlaceIsTarget && TargetPlace(clause, end, e.Category) is { Count: > 1 } left)
                    {
                        recipients = left;
                        how = "forces withdraw from every country named together after the cue";
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
                    // "called the verdict a political attack on Serbs": a naming judges what its gap names (or whose it is); whoever
                    // is named after the judgement is whom the named act is said to wrong, not whoever did it.
                    if (JudgementPatterns.IsNaming(e.Pattern))
                        recipients = recipients.FindAll(r => r.FirstToken < end);
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
                        var next = ObjectGroup(clause, recipients[^1].EndToken, MentionKind.Actor);
                        recipients = next.TrueForAll(r => IsOwnGroup(r, subject) || IsOwnForces(r, subject, e.Category)) ? [] : next;
                    }
                    // "Netanyahu warned that Israel would strike Hezbollah", "Barrot warned in January that France could push for
                    // sanctions": when what is said is that the subject's own side will act, it is said to whomever that side acts on.
                    if (recipients.Count > 0 && ThatAfterCue(clause, end) is { } that && recipients[0].FirstToken == that + 1
                        && recipients.TrueForAll(r => subject.Exists(s => s.Mention.Actor?.Code is { } code && code == r.Mention.Actor?.Code)))
                        recipients = OtherSideAfter(clause, recipients[^1].EndToken, subject);
                    else if (recipients.Count > 0 && ThatAfterCue(clause, end) is { } said && NamesVictimOfSaidAct(clause, said, recipients[0]))
                        recipients = [];
                    // "take the case to the International Court of Justice", "filed a complaint with the ICC against Israel":
                    // a court an accusation is brought to is where it is made; whom it accuses is named after it, if at all.
                    if (e.Category.Type == "ACCUSE" && recipients.Count > 0 && clause.Is(WordBefore(clause, recipients[0].FirstToken), CourtPrepositions)
                        && recipients.TrueForAll(r => r.Mention.Actor?.Sector == "JUD"))
                    {
                        recipients = ObjectGroup(clause, recipients[^1].EndToken, MentionKind.Actor).FindAll(r => r.Mention.Actor?.Sector != "JUD");
                        if (recipients.Count == 0)
                            accused = AccusedJustBefore(e, first, subject, found);
                    }
                    recipients = OtherPersonForPronoun(clause, recipients, subject, first);
                    if (recipients.Count == 0 && !noun && PronounEndingCue(clause, first, end) is { } ownObject)
                        recipients = [ownObject];
                    // "barred him from entering", "granted him asylum": the person the sentence named before.
                    if (recipients.Count == 0 && !noun && clause.Is(objectStart, PersonalObjects))
                        recipients = NamedPersonBefore(clause, first, subject);
                    if (recipients.Count == 0 && !noun && subject.Count > 0 && TakesThem(clause, objectStart, end))
                        them = OtherSideBefore(e, first, subject, found);
                    // A sanction that stops giving ("would no longer send weapons to Ukraine") is aimed where it went.
                    if (recipients.Count == 0 && !noun)
                        recipients = TargetPlace(clause, end, e.Category, e.Category.Type == "SANCTION" && clause.Is(end - 1, lexicon.GivingVerbs));
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
                    if (recipients.Count == 0 && !noun && subject.Count > 0 && (IsFiniteVerb(clause, subject[^1].EndToken, first) || OpensObjectRelative(clause, subject[0].FirstToken, ObjectRelativePronouns))
                        && RelativeAntecedent(clause, subject[0].FirstToken, found) is { Count: > 0 } answered)
                    {
                        // "activists, whom ministers accused": the people "whom" stands for are acted on even when of the subject's country.
                        recipients = OpensObjectRelative(clause, subject[0].FirstToken, PersonRelatives) ? answered
                            : answered.FindAll(r => !subject.Exists(s => s.Mention.Actor?.Code == r.Mention.Actor?.Code));
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
        if (recipients.Count > 0 && (IsCompanion(clause, recipients[0].FirstToken) || SignsWith(clause, e, first, recipients[0].FirstToken)))
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
        if (e.Recipients.Count == 0 && !noun && PrisonersFreedByState(clause, e, objectStart) is { } freed)
        {
            e.Recipients.Add(freed);
            how = "prisoners a state frees, whom no name places, are its own people";
        }
        if (e.Recipients.Count == 0 && held is { Count: > 0 })
        {
            e.Recipients.AddRange(held);
            how = "people a state's official reports held, whom no name places, are that state's own: arrests act on their own country's people";
        }
        if (e.Recipients.Count == 0 && UnnamedWrongdoers(clause, e, first, end) is { } wrongdoers)
        {
            e.Recipients.Add(wrongdoers);
            how = "a state's threat to punish wrongdoers no name places is made to its own people";
        }
        // A place in the actor's own country is where it acts, not whom it acts on ("deployed the army across
        // Bangladesh") — except for violence and coercion, which strike their own country's people too, and for a
        // visit, which goes to the place itself ("Tinubu visits Benue").
        if (e.Category.Type is not ("ASSAULT" or "COERCE") && !IsVisitToPlace(e))
            e.Recipients.RemoveAll(r => r.Name is null && e.Actors.Exists(a => a.Code == r.Code) && recipients.Exists(m => m.Mention.Start == r.Start && m.Mention.Kind == MentionKind.Place));
        // "deployed the army", "called up militia members", "massing troops": what a mobilisation acts on is its
        // own forces, not a recipient; with no actor named, the forces are the actor.
        if (e.Category.Type == "MOBILIZE")
        {
            var forces = e.Recipients.FindAll(r => r.Sector is "MIL" or "POL" or "REB" && (e.Actors.Count == 0 || e.Actors.Exists(a => a.Code == r.Code)));
            if (e.Actors.Count == 0)
                e.Actors.AddRange(forces);
            e.Recipients.RemoveAll(forces.Contains);
            // "Canada will station a brigade of 2,200 troops in Latvia": the country forces are based in hosts them (and
            // names them, "troops in Latvia"); it is a partner, not whom the mobilisation acts on.
            if (names.IsBasingVerb(clause.Word(first)))
                e.Recipients.Clear();
        }
        if (e.Actors.Count > 0)
            e.Explanations["actor"] = "events: " + how;
        if (e.Recipients.Count > 0)
            e.Explanations["recipient"] = "events: " + how;
        return condemned || agentless;
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
}
