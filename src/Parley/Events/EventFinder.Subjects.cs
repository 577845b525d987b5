using System.Collections.Frozen;
using Parley.Documents;
using Parley.Mentions;
using Parley.Places;

namespace Parley.Events;

public sealed partial class EventFinder
{
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
    /// "crowds attacked the embassies of Rwanda and France, setting fires and looting offices": a participle clause after
    /// a comma has no subject of its own; whoever did the act of the main clause did it. The names just before the comma
    /// are that act's object, not this one's actors. Empty when that act's actor is not named in the sentence (it was carried
    /// from before, and so is this one's); null when the cue opens no such clause or follows no act.
    /// </summary>
    private static List<MentionSpan>? ParticipleSubject(SentenceClauses clause, int first, List<(PloverEvent Event, int First, int End)> found) =>
        ParticipleMainAct(clause, first, found) is { } main ? ActorMentions(clause, main).FindAll(m => !IsPartnerAfterWith(clause, m)) : null;

    /// <summary>
    /// Whether <paramref name="m"/> is named after "with", in the phrase of an act told before it by others: "signed a
    /// pact with Zelensky, promising that Britain would stand by Ukraine" — the partner acts in the signing, but the
    /// participle clause goes on with the subject alone.
    /// </summary>
    private static bool IsPartnerAfterWith(SentenceClauses clause, MentionSpan m)
    {
        for (var i = m.FirstToken - 1; i >= clause.Sentence.FirstToken && m.FirstToken - i <= ObjectReach; i--)
        {
            if (clause.Word(i) is "with")
                return clause.Mentions.Exists(s => s.EndToken <= i && s.Mention.Kind == MentionKind.Actor);
            if (clause.Word(i) is "," || clause.CueBetween(i, i + 1))
                return false;
        }
        return false;
    }

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
            // its verb, or holds its first word ("after Russian troops crossed the border", the cue being "troops crossed"),
            // or only the verb group of a passive stands between ("three weeks after she was seized in Tehran").
            var clauseSubject = (m.EndToken >= first || PassiveVerbGroupBetween(clause, m.EndToken, first)) && clause.Is(before, Subordinators);
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

    // Relative pronouns that stand for a name just before them, as the subject of their clause (or its owner: "whose").
    private static readonly FrozenSet<string> SubjectRelatives =
        FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "which", "who", "whose");

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
}
