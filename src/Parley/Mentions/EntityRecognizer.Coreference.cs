using Parley.Actors;

namespace Parley.Mentions;

/// <summary>Light coreference: "the envoy", "he", "both sides", "the bloc", and groups named by their role alone.</summary>
public sealed partial class EntityRecognizer
{
    /// <summary>
    /// "he" or "she": a named person of the latest sentence that names one, the first there (the subject
    /// is the likelier antecedent), within the last few paragraphs.
    /// </summary>
    private int ReadPronoun(List<Chunk> chunks, int k, RecognitionState state)
    {
        // Walks back from the latest actor (no list per pronoun): the first person found fixes the sentence,
        // and the first person of that sentence is the antecedent.
        var him = Word(state.Document.MatchText.AsSpan(), state, chunks[k].Start) is "him";
        string? subject = null;
        Mention? antecedent = null;
        var latest = -1;
        for (var i = state.Actors.Count - 1; i >= 0; i--)
        {
            var (mention, block, sentence) = state.Actors[i];
            if (state.CurrentBlock - block > AntecedentWindow || (latest >= 0 && sentence < latest))
                break;
            // "Ebrahim Rasool, South Africa's ambassador, after he described": a person named by an office's title alone is
            // one too, but not "the ambassador", a description that most often takes up someone named before, nor "lawmakers".
            if (mention.Evidence == PronounEvidence || !(mention.Actor!.Role is { } role
                    ? IsPersonRole(role) && (mention.Actor.Name is not null || (lexicon.TitleRoles.Contains(role) && !AfterThe(state, mention) && !IsPlural(state, mention, role)))
                    // Not for "him", which skips its own clause's subject and would reach back past it to any name before.
                    : !him && IsPersonNamedWithoutRole(state, mention.Actor)))
                continue;
            var name = mention.Actor.Name ?? mention.Actor.Code + " " + mention.Actor.Role;
            // "He told reporters the two men had…, though he did not say": one of a pair is no antecedent of "he".
            if (IsPairMember(state, i))
                continue;
            // An object pronoun is not its own clause's subject: in "Trump accused him", "him" is not Trump.
            if (him && antecedent is null && subject is null && sentence == state.CurrentSentence)
                subject = name;
            if (name == subject)
                continue;
            latest = sentence;
            antecedent = mention;
        }
        if (antecedent is not null)
        {
            var (start, end) = state.CharRange(chunks[k].Start, chunks[k].End);
            state.Add(new Mention(MentionKind.Actor, start, end, Name) { Actor = antecedent.Actor, Evidence = PronounEvidence });
        }
        return k + 1;
    }

    /// <summary>
    /// "Anna Berg, a Swedish aid worker": a person named with no office ("Anna Berg" beside her demonym, or a listed
    /// person out of office on the day) is one of the people the text named, and so may be taken up by "she".
    /// </summary>
    private static bool IsPersonNamedWithoutRole(RecognitionState state, ActorReference actor) =>
        actor.Name is { } name && state.PeopleNamed.Exists(p => p.Name == name);

    /// <summary>Whether <paramref name="mention"/> names several holders of <paramref name="role"/> ("lawmakers" of "lawmaker").</summary>
    private static bool IsPlural(RecognitionState state, Mention mention, string role) =>
        state.Document.Text[mention.End - 1] == 's' && !role.EndsWith('s');

    /// <summary>Whether the word before <paramref name="mention"/> is "the".</summary>
    private static bool AfterThe(RecognitionState state, Mention mention)
    {
        var before = state.Document.Text.AsSpan(0, mention.Start).TrimEnd();
        return before.EndsWith("the", StringComparison.OrdinalIgnoreCase) && (before.Length == 3 || !char.IsLetter(before[^4]));
    }

    /// <summary>Whether a chunk is a word that opens a pair without "the": "both sides", "either side", "each government".</summary>
    private static bool OpensPair(Chunk chunk, RecognitionState state) =>
        Word(state.Document.MatchText.AsSpan(), state, chunk.Start) is "both" or "Both" or "either" or "Either" or "each" or "Each";

    /// <summary>"both sides", "the two leaders", "both countries": the last two distinct actors, one mention each.</summary>
    private int ReadPair(List<Chunk> chunks, int k, RecognitionState state)
    {
        if (CountedGroup(chunks, k, state) is var (count, counted) && ReadCountedGroup(chunks, k, state, count, counted))
            return counted + 1;
        var text = state.Document.MatchText.AsSpan();
        var first = Word(text, state, chunks[k].Start);
        if (!(OpensPair(chunks[k], state) || (first is "two" or "three" && k > 0 && chunks[k - 1].Kind == ChunkKind.The)) || k + 1 >= chunks.Count)
            return k + 1;
        // "the three governments" of a trilateral summit: three parties, found the way two are.
        var size = first is "three" ? 3 : 2;
        var noun = chunks[k + 1];
        var nounText = Word(text, state, noun.Start);
        // "either side" is one of the two, unknown which, and "each government" every one of them: both are named, as for "both sides".
        var either = first is "either" or "Either" or "each" or "Each";
        // "the two neighbours", "the two rivals", "the two navies" are the two sides as well, named by what they are to each other or by their forces.
        if (!(noun.Kind == ChunkKind.Role || nounText is "sides" or "countries" or "men" or "women" or "nations" or "governments" or "factions" or "delegations"
                  or "neighbours" or "neighbors" or "rivals" or "armies" or "militaries" or "navies"
              || (either && nounText is "side" or "country")))
            return k + 1;
        // "Both President Joe Biden and …": a title before a name opens that name, not a pair.
        if (k + 2 < chunks.Count && chunks[k + 2].Kind == ChunkKind.Name && chunks[k + 2].Start == noun.End)
            return k + 1;
        // "the two leaders" are two people; "both sides" two parties, told apart by their codes.
        var people = (noun.Kind == ChunkKind.Role && IsPersonRole(noun.Roles![0].Role)) || nounText is "men" or "women";
        var firstToken = k > 0 && chunks[k - 1].Kind == ChunkKind.The ? chunks[k - 1].Start : chunks[k].Start;
        // "The two leaders met…" and, paragraphs later, "Mr. Biden said the two men…": the pair taken up before,
        // when one of it is named in this sentence, is still the pair (someone named in between is no counterpart).
        if (people && state.LastPeoplePair is var (one, other) && NamedInSentenceBefore(state, firstToken, one, other))
        {
            var (start, end) = state.CharRange(firstToken, noun.End);
            AddPairMember(state, start, end, one, people);
            AddPairMember(state, start, end, other, people);
            return k + 2;
        }
        // Candidates in the window, one per person (or per country for "sides"), most often named first and,
        // among equals, the most recent: "both sides" of the Istanbul talks are Russia and Ukraine, not the host.
        var candidates = state.PairCandidates;
        candidates.Clear();
        // "Starmer spoke to both leaders", "Trump rebuked both governments": the subject is not among its objects.
        var subject = SubjectActingOn(state, firstToken) is { } s ? PairKey(s.Actor!, people) : null;
        for (var i = state.Actors.Count - 1; i >= 0; i--)
        {
            var (mention, block, _) = state.Actors[i];
            // Two people are those just named; two sides or countries, the parties of the whole story so far.
            if (people && state.CurrentBlock - block > AntecedentWindow)
                break;
            // Only actors the text names outright: a group placed by context or a pronoun would echo a guess.
            // People taken up by an earlier pair ("the two leaders" … "the two men") count: they are who is in play.
            if (IsInferred(mention) && !(people && mention.Evidence == "coreference"))
                continue;
            var actor = mention.Actor!;
            if (people && ((actor.Name is null && !IsOneOfTwoCountriesHolders(state, i)) || actor.Role is null || !IsPersonRole(actor.Role)
                           || (noun.Kind == ChunkKind.Role && !SharesRole(actor.Role, noun.Roles![0].Role))))
                continue;
            if (!people && noun.Kind == ChunkKind.Role && !IsSideOfKind(actor, noun.Roles![0].Sector))
                continue;
            // Rebels and the opposition are a side of their own, apart from their country's government.
            var key = PairKey(actor, people);
            if (key == subject)
                continue;
            candidates[key] = candidates.TryGetValue(key, out var seen) ? (seen.Latest, seen.Count + 1, seen.Order) : (mention, 1, i);
        }
        // "talks between the two factions brokered by Riyadh and Washington": go-betweens are no side, however else the
        // text names them ("Qatar's foreign ministry said … mediated by Qatar and Turkey").
        if (!people)
        {
            foreach (var (mention, _, _) in state.Actors)
            {
                if (IsGoBetween(state, mention))
                    candidates.Remove(PairKey(mention.Actor!, people));
            }
        }
        // "A ceasefire between Israel and Iran … both countries": two sides just named together are the pair.
        if (!people && size == 2 && JoinedSides(state, firstToken, subject) is var (left, right) && !IsGoBetween(state, left))
        {
            var (start, end) = state.CharRange(firstToken, noun.End);
            AddPairMember(state, start, end, left, people);
            AddPairMember(state, start, end, right, people);
            state.FocusSides = (left, right);
            state.LastSidePair = (left, right);
            return k + 2;
        }
        // The pair the story set up ("a meeting between Trump and Zelensky", "a ceasefire between Israel and
        // Iran") stays the pair in focus: "Trump announced that the two sides…", "Starmer spoke to both leaders"
        // are its two members, however often a mediator or a commentator was named since.
        if (size == 2 && FocusPair(state, firstToken, people, subject, candidates) is var (focusOne, focusOther))
        {
            var (start, end) = state.CharRange(firstToken, noun.End);
            var governments = !people && noun.Kind == ChunkKind.Role && noun.Roles![0].Sector == "GOV";
            AddPairMember(state, start, end, focusOne, people, governments);
            AddPairMember(state, start, end, focusOther, people, governments);
            if (people)
                state.LastPeoplePair = (focusOne, focusOther);
            else
                state.LastSidePair = (focusOne, focusOther);
            return k + 2;
        }
        // The most often named (the more recent among equals), written in text order.
        if (candidates.Count >= size)
        {
            var chosen = candidates.Values.OrderByDescending(c => (c.Count, c.Order)).Take(size).OrderBy(c => c.Order).ToArray();
            var (start, end) = state.CharRange(firstToken, noun.End);
            // "the two governments" are the states' governments, whichever of their organs the text named last.
            var governments = !people && noun.Kind == ChunkKind.Role && noun.Roles![0].Sector == "GOV";
            foreach (var member in chosen)
                AddPairMember(state, start, end, member.Latest, people, governments);
            if (people && size == 2)
                state.LastPeoplePair = (chosen[0].Latest, chosen[1].Latest);
            else if (size == 2)
                state.LastSidePair = (chosen[0].Latest, chosen[1].Latest);
        }
        // "Trump said he had spoken by phone with both leaders", paragraphs after the two were last named: the leaders
        // of the two sides the text last took as a pair ("the two countries"), each coded with its side.
        else if (people && size == 2 && state.LastSidePair is var (sideOne, sideOther))
        {
            var (start, end) = state.CharRange(firstToken, noun.End);
            AddPairMember(state, start, end, sideOne, people: false);
            AddPairMember(state, start, end, sideOther, people: false);
        }
        return k + 2;
    }

    /// <summary>
    /// The latest two actors named together ("Israel and Iran", "between Kyiv and Moscow") in this sentence
    /// or the one before, before token <paramref name="before"/>: sides of different keys, neither the subject
    /// acting on the pair.
    /// </summary>
    private static (Mention One, Mention Other)? JoinedSides(RecognitionState state, int before, string? subject)
    {
        var limit = state.Document.Tokens[before].Start;
        Mention? later = null;
        for (var i = state.Mentions.Count - 1; i >= 0 && state.SentenceOf(i) >= state.CurrentSentence - 1; i--)
        {
            var mention = state.Mentions[i];
            if (mention.Start >= limit || mention.Actor is null || IsInferred(mention) || mention.IsDateline)
                continue;
            // Groups are placed after their sentence is read, so the list is not in text order (as in FocusPair).
            if (later is not null && mention.End <= later.Start && state.Document.Text.AsSpan(mention.End, later.Start - mention.End).Trim() is "and"
                && PairKey(mention.Actor, false) is var key && key != PairKey(later.Actor!, false) && key != subject && PairKey(later.Actor!, false) != subject)
                return (mention, later);
            later = mention;
        }
        return null;
    }

    /// <summary>
    /// Whether <paramref name="mention"/> is named, alone or in a list, after the "by" of a go-between's participle
    /// ("brokered by Qatar", "mediated by Turkey and the United States"): a mediator, not a party.
    /// </summary>
    private bool IsGoBetween(RecognitionState state, Mention mention)
    {
        var text = state.Document.Text.AsSpan();
        // "the Qatar-brokered deal": the go-between joined to its participle.
        if (mention.End < text.Length && text[mention.End] == '-')
        {
            var participle = text[(mention.End + 1)..];
            var length = 0;
            while (length < participle.Length && char.IsLetter(participle[length]))
                length++;
            if (lexicon.IsGoBetweenVerb(participle[..length]))
                return true;
        }
        var before = WithoutArticle(text[..mention.Start]);
        // Walks back over the names before it in its list ("Riyadh, Doha and Washington"), a few at most.
        for (var listed = 0; listed < MaxListedGoBetweens; listed++)
        {
            if (before.EndsWith(" by", StringComparison.OrdinalIgnoreCase))
            {
                var verb = before[..^3].TrimEnd();
                return lexicon.IsGoBetweenVerb(verb[(verb.LastIndexOf(' ') + 1)..]);
            }
            if (before.EndsWith(" and", StringComparison.Ordinal))
                before = before[..^4].TrimEnd();
            else if (before.EndsWith(','))
                before = before[..^1].TrimEnd();
            else
                return false;
            var previous = state.Mentions.Count - 1;
            while (previous >= 0 && !(state.Mentions[previous].End == before.Length && state.Mentions[previous].Actor is not null))
                previous--;
            if (previous < 0)
                return false;
            before = WithoutArticle(text[..state.Mentions[previous].Start]);
        }
        return false;
    }

    private const int MaxListedGoBetweens = 4;

    private static ReadOnlySpan<char> WithoutArticle(ReadOnlySpan<char> before)
    {
        before = before.TrimEnd();
        return before.EndsWith(" the", StringComparison.OrdinalIgnoreCase) ? before[..^4].TrimEnd() : before;
    }

    /// <summary>
    /// The pair in focus before token <paramref name="before"/>: the latest two actors the text joined as
    /// "between X and Y" (for people, two named people; for sides, two different sides), else for sides the
    /// pair a "both countries" was last taken to be from two sides named together. Each member must be among
    /// the <paramref name="candidates"/> (for people, named in the last paragraphs; for sides, named outright
    /// and of the kind the noun asks), and neither may be the <paramref name="subject"/> acting on the pair.
    /// Returns, for people, each one's latest mention; for sides, the mentions that set the pair up.
    /// </summary>
    private static (Mention One, Mention Other)? FocusPair(RecognitionState state, int before, bool people, string? subject,
        Dictionary<string, (Mention Latest, int Count, int Order)> candidates)
    {
        var limit = state.Document.Tokens[before].Start;
        var text = state.Document.Text.AsSpan();
        Mention? later = null;
        (Mention, Mention)? found = null;
        for (var i = state.Mentions.Count - 1; i >= 0; i--)
        {
            var mention = state.Mentions[i];
            if (mention.Start >= limit || mention.Actor is null || IsInferred(mention) || mention.IsDateline)
                continue;
            // Groups are placed after their sentence is read, so the list is not in text order: only a mention
            // ending before the later one can be joined to it.
            if (later is not null && mention.End <= later.Start && text[mention.End..later.Start].Trim() is "and" && text[..mention.Start].TrimEnd().EndsWith(" between", StringComparison.Ordinal))
            {
                found = (mention, later);
                break;
            }
            later = mention;
        }
        if (found is null && !people && state.FocusSides is var (one, other))
            found = (one, other);
        if (found is not var (a, b))
            return null;
        var keyA = PairKey(a.Actor!, people);
        var keyB = PairKey(b.Actor!, people);
        if (keyA == keyB || keyA == subject || keyB == subject)
            return null;
        // People: both must be people; one of them named lately is enough (the other is who they met).
        if (people)
        {
            if (!IsNamedPerson(a.Actor!) || !IsNamedPerson(b.Actor!) || !(candidates.ContainsKey(keyA) || candidates.ContainsKey(keyB)))
                return null;
            return (candidates.TryGetValue(keyA, out var ca) ? ca.Latest : a, candidates.TryGetValue(keyB, out var cb) ? cb.Latest : b);
        }
        // Sides keep the mentions that set up the pair: the latest mention of a country may be one of its
        // hospitals or residents, no side.
        return candidates.ContainsKey(keyA) && candidates.ContainsKey(keyB) ? (a, b) : null;
    }

    /// <summary>
    /// Whether actor <paramref name="index"/> of <see cref="RecognitionState.Actors"/> is the holder of an office in one of
    /// several countries one phrase names ("the defence ministers of Lebanon and Syria"): no name, but one person each,
    /// whom "the two ministers" later takes up as surely as two people named. Only an office the office-holder lexicon
    /// knows in that country, held by one at a time: "commanders from both sides" are many people.
    /// </summary>
    private bool IsOneOfTwoCountriesHolders(RecognitionState state, int index)
    {
        var mention = state.Actors[index].Mention;
        bool SameWordsOtherCountry(int other) => other >= 0 && other < state.Actors.Count && state.Actors[other].Mention is var m
                                                && m.Start == mention.Start && m.End == mention.End && m.Actor!.Code != mention.Actor!.Code;
        return mention.Actor is { Role: { } office } holder && lexicon.TermsOf(holder.Code, office).Any()
               && (SameWordsOtherCountry(index - 1) || SameWordsOtherCountry(index + 1));
    }

    private static bool IsNamedPerson(ActorReference actor) => actor.Name is not null && actor.Role is { } role && IsPersonRole(role);

    /// <summary>Whether actor <paramref name="index"/> of <see cref="RecognitionState.Actors"/> is one member of a pair ("the two men"), whose span another member shares.</summary>
    private static bool IsPairMember(RecognitionState state, int index)
    {
        var mention = state.Actors[index].Mention;
        if (mention.Evidence != "coreference")
            return false;
        return (index > 0 && state.Actors[index - 1].Mention is var before && before.Start == mention.Start && before.End == mention.End)
               || (index + 1 < state.Actors.Count && state.Actors[index + 1].Mention is var after && after.Start == mention.Start && after.End == mention.End);
    }

    /// <summary>"both forces" are armed (an army, rebels); "the two governments" are states, whatever organ of them the text named.</summary>
    private static bool IsSideOfKind(ActorReference actor, string sector) => sector switch
    {
        "MIL" => actor.Sector is "MIL" or "REB",
        "GOV" => IsStateCode(actor.Code) && actor.Sector is not ("REB" or "OPP"),
        _ => true,
    };

    /// <summary>Whether this sentence, before token <paramref name="before"/>, names (or refers by pronoun to) one of two people.</summary>
    private static bool NamedInSentenceBefore(RecognitionState state, int before, Mention one, Mention other)
    {
        var limit = state.Document.Tokens[before].Start;
        for (var i = state.Mentions.Count - 1; i >= 0 && state.SentenceOf(i) == state.CurrentSentence; i--)
        {
            if (state.Mentions[i].Start < limit && state.Mentions[i].Actor?.Name is { } name && (name == one.Actor!.Name || name == other.Actor!.Name))
                return true;
        }
        return false;
    }

    private void AddPairMember(RecognitionState state, int start, int end, Mention antecedent, bool people, bool government = false) =>
        state.Add(new Mention(MentionKind.Actor, start, end, Name)
        {
            Actor = people ? antecedent.Actor : government ? Side(antecedent.Actor!) with { Sector = "GOV", Name = null, Role = null } : Side(antecedent.Actor!),
            Evidence = "coreference",
        });

    /// <summary>Who a pair member is: a person by name; a side by country, rebels and the opposition apart from their government.</summary>
    private static string PairKey(ActorReference actor, bool people) =>
        people ? actor.Name ?? actor.Code : actor.Sector is "REB" or "OPP" ? actor.Code + "/" + actor.Sector : actor.Code;

    /// <summary>
    /// The actor of this sentence whose verb takes the phrase at token <paramref name="first"/> as its object:
    /// the last mention before it with only a verb, adverbs and a preposition between them ("spoke to",
    /// "publicly rebuked"; "X, who told"). A noun, "that", "and" or "said" between them starts another clause
    /// or object ("Biden told reporters the two men had…"): then none.
    /// </summary>
    private static Mention? SubjectActingOn(RecognitionState state, int first)
    {
        var before = state.Mentions.Count - 1;
        while (before >= 0 && state.SentenceOf(before) == state.CurrentSentence && state.Mentions[before].Start >= state.Document.Tokens[first].Start)
            before--;
        if (before < 0 || state.SentenceOf(before) != state.CurrentSentence || state.Mentions[before].Actor is null)
            return null;
        var subject = state.Mentions[before];
        // A group read but not yet placed ("told reporters the two men…") is an object of its own.
        foreach (var group in state.PendingGroups)
        {
            if (state.Document.Tokens[group.FirstToken].Start >= subject.End && group.FirstToken < first)
                return null;
        }
        var words = 0;
        for (var t = first - 1; t >= 0 && state.Document.Tokens[t].Start >= subject.End; t--)
        {
            var word = state.Document.MatchWord(t);
            // "Fidan, who told both sides": the relative pronoun stands for the subject before its comma.
            if (word is "who" && t > 0 && state.Document.MatchWord(t - 1) is "," && state.Document.Tokens[t - 1].Start >= subject.End)
                break;
            if (++words > 3 || word.IsEmpty || !char.IsAsciiLetterLower(word[0]) || ClauseWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
                return null;
        }
        return words > 0 ? subject : null;
    }

    // Words that end a clause or open another between a subject and a phrase after it.
    private static readonly System.Collections.Frozen.FrozenSet<string> ClauseWords = System.Collections.Frozen.FrozenSet.Create(StringComparer.Ordinal,
        "that", "and", "but", "or", "while", "as", "after", "before", "when", "because", "if", "said", "says", "say", "saying", "the", "a", "an");

    private static Mention? FindAntecedent(RecognitionState state, RolePhrase role, string? unlike)
    {
        // "the leaders" after "Leaders of the Economic Community of West African States": a summit's leaders
        // are its organisation, never one of them.
        // Only office-holders: "the authorities" after "the E.U. condemned" are still the country's, and
        // "the crowds" near "the European Parliament" are no parliament.
        var plural = role.Phrase != role.Role && role.Phrase.EndsWith('s') && role.Sector == "GOV" && IsPersonRole(role.Role);
        for (var i = state.Actors.Count - 1; i >= 0; i--)
        {
            var (mention, block, sentence) = state.Actors[i];
            if (state.CurrentBlock - block > AntecedentWindow)
                break;
            if (mention.Actor!.Code == unlike)
                continue;
            // A person named earlier in the same sentence is taken up by a pronoun, not by their title:
            // in "Zelensky thanked the president" the president is someone else.
            if (!plural && !role.IsAnaphor && sentence == state.CurrentSentence && mention.Actor!.Name is not null)
                continue;
            if (plural)
            {
                if (mention.Actor!.Sector == "IGO" && mention.Evidence?.Contains("office-holders", StringComparison.Ordinal) != true)
                    return mention;
                continue;
            }
            var candidate = mention.Actor!.Role;
            if (role.IsAnaphor)
            {
                // "the bloc", "the alliance": the last organisation named, with or without a role ("NATO leaders",
                // "Hamas' military commander"), but not one of its office-holders (the alliance is not its secretary-general),
                // nor a state's own body named by the country lexicon ("the fund" after "the Verkhovna Rada" is no parliament).
                var person = mention.Evidence?.Contains("office-holders", StringComparison.Ordinal) == true;
                var organisation = mention.Evidence?.Contains("organisations", StringComparison.Ordinal) == true;
                var stateBody = mention.Evidence?.Contains("actors/countries", StringComparison.Ordinal) == true;
                if (!person && !stateBody && (mention.Actor.Sector is "IGO" or "JUD" or "NGO" || (mention.Actor.Name is not null && (candidate is null || organisation))))
                    return mention;
                continue;
            }
            if (candidate is not null && (candidate == role.Role || candidate.EndsWith(" " + role.Role, StringComparison.Ordinal)
                                          || candidate.StartsWith(role.Role + " ", StringComparison.Ordinal)))
                return mention;
            if (role.Role == "leader" && mention.Actor.Name is not null && candidate is not null)
                return mention;
        }
        return null;
    }

    /// <summary>A side or country of a pair is the state a person speaks for, not the person: "the two countries" after "Biden" is the USA.</summary>
    private static ActorReference Side(ActorReference actor) =>
        actor.Name is not null && actor.Role is { } role && IsPersonRole(role) ? actor with { Name = null, Role = null } : actor;

    /// <summary>
    /// A standfirst's "…, the president said" stands before the lead that names who speaks ("WASHINGTON —
    /// President Joe Biden on Wednesday signed…"): the first person the text names in that office after it
    /// is the one meant, rather than the office-holder of whatever country the standfirst mentioned.
    /// </summary>
    private static void ResolveCataphora(RecognitionState state)
    {
        foreach (var (index, role) in state.Cataphora)
        {
            for (var i = index + 1; i < state.Mentions.Count; i++)
            {
                if (state.Mentions[i] is { Actor: { Name: not null, Role: { } office } named } later && !IsInferred(later) && SharesRole(office, role))
                {
                    state.Mentions[index] = state.Mentions[index] with { Actor = named, Evidence = "coreference: named later" };
                    break;
                }
            }
        }
    }

    /// <summary>"the two presidents" are presidents; "the two leaders" may hold any office.</summary>
    private static bool SharesRole(string role, string wanted) =>
        wanted == "leader" || role == wanted || role.EndsWith(" " + wanted, StringComparison.Ordinal);

    // A delegation is a side's group, not one person: "praised both delegations" names the two sides of the talks.
    private static bool IsPersonRole(string role) => role is not ("troops" or "forces" or "military" or "government" or "official" or "civilians" or "delegation");

    /// <summary>The holder of a country's office on a date, when the office-holder lexicon knows exactly one.</summary>
    private OfficeTerm? HolderOf(string code, string office, DateOnly? date)
    {
        if (date is not { } day)
            return null;
        OfficeTerm? holder = null;
        foreach (var term in lexicon.TermsOf(code, office))
        {
            if (!term.Covers(day))
                continue;
            if (holder is not null)
                return null;
            holder = term;
        }
        return holder;
    }

    /// <summary>Gives each group named by its role alone, and each titled person no country was in play for, the country in play around them, now that the sentence is read.</summary>
    private void ResolveGroups(RecognitionState state)
    {
        foreach (var (first, end, role, before) in state.PendingGroups)
        {
            // "its embassy in Dublin", "Moscow said it had withdrawn its forces", "Eritrea, whose troops": the
            // possessor's — the actor the sentence named last before it — wherever it stands.
            var owner = PossessiveBefore(state, first);
            // An unplaced noun after "his" or "her" is mostly an adjective of the next ("her official residence").
            if (role.IsUnplaced && owner is "his" or "her")
                continue;
            var owned = owner is not null;
            if (owned && owner is "their" && PairBefore(state, before) is var (one, other))
            {
                // "the two men … sat down with their top aides": the aides of each.
                AddActor(state, first, end, new ActorReference(one, role.Sector, null, role.Role), "possessor");
                AddActor(state, first, end, new ActorReference(other, role.Sector, null, role.Role), "possessor");
            }
            else if (owned && Possessor(state, before, personal: owner is "his" or "her", singular: owner is "its") is { } possessor)
                AddActor(state, first, end, new ActorReference(possessor, role.Sector, null, role.Role), "possessor");
            // Hostages "in Gaza" or rescued "from" a camp are seldom its; the embassy or envoy "of" a country is its.
            else if (!owned && PlaceAfter(state, end, onlyOf: role.IsUnplaced) is { } located)
            {
                AddActor(state, first, end, new ActorReference(located.Code, role.Sector, null, role.Role), located.Evidence);
                // "officials in both countries": a group of each side of the pair, whose members share one span.
                for (int i = 0, named = state.Mentions.Count; i < named; i++)
                {
                    if (state.Mentions[i] is { Actor.Code: var side } partner && partner != located.Mention && partner.Start == located.Mention.Start
                        && partner.End == located.Mention.End && IsStateCode(side) && !HasGroupOf(state, first, end, side))
                        AddActor(state, first, end, new ActorReference(side, role.Sector, null, role.Role), located.Evidence);
                }
                // "troops from South Africa, Malawi and Uruguay": a group of each country listed.
                for (var next = ListedAfter(state, located.Mention); next is not null; next = ListedAfter(state, next))
                {
                    // "Voters in Georgia and Arizona": one group per country, however many of its places are listed.
                    if ((next.Place?.Country ?? next.Actor!.Code) is var code && IsStateCode(code) && !HasGroupOf(state, first, end, code))
                        AddActor(state, first, end, new ActorReference(code, role.Sector, null, role.Role), $"located: {next.Evidence}");
                }
            }
            else if (!owned && CoordinatedOwner(state, first) is { } shared)
                AddActor(state, first, end, new ActorReference(shared, role.Sector, null, role.Role), CoordinationEvidence);
            else if (!owned && role.Phrase is "administration" or "government" && SpeakerBefore(state, first) is { } speaker)
                AddActor(state, first, end, new ActorReference(speaker, role.Sector, null, role.Role), "context");
            // "13 foreign soldiers", "foreign governments": whoever they are, not the country in play; nor are
            // an envoy, hostages or an embassy ("unplaced" in the lexicon) unless the text says whose they are.
            // Reporters a speaker "told" are the press at large, no country's media, unless the text says whose.
            else if (!role.IsUnplaced && !IsForeign(state, first) && role.Role != "journalists"
                     && ContextCountry(state, role.Sector, before, group: true, local: IsLocal(state, first, end), unlike: GovernmentActedOn(state, first, role), groupEnd: end,
                                       organ: IsStateOrgan(state, first, role)) is { } code)
                AddActor(state, first, end, new ActorReference(code, role.Sector, null, role.Role), "context");
        }
        state.PendingGroups.Clear();
        foreach (var (first, end, role, name, before) in state.PendingPeople)
        {
            if (ContextCountry(state, role.Sector, before) is { } home)
                AddUnlistedPerson(state, first, end, new ActorReference(home, role.Sector, name, role.Role));
        }
        state.PendingPeople.Clear();
    }

    /// <summary>Whether the group over tokens <c>[first, end)</c> already stands for <paramref name="code"/>.</summary>
    private static bool HasGroupOf(RecognitionState state, int first, int end, string code)
    {
        var (start, stop) = state.CharRange(first, end);
        for (var i = state.Mentions.Count - 1; i >= 0 && state.Mentions[i].Start >= start; i--)
        {
            if (state.Mentions[i] is { Actor.Code: var c } m && m.Start == start && m.End == stop && c == code)
                return true;
        }
        return false;
    }

    /// <summary>
    /// Whether the group at token <paramref name="first"/> is one of a state's own organs, named as the one the
    /// story knows: "the government", "the army", "the authorities" (a collective noun that can qualify others,
    /// or the government's role). An organisation named near it is no state, so it cannot own one.
    /// </summary>
    private static bool IsStateOrgan(RecognitionState state, int first, RolePhrase role) =>
        first > 0 && state.Document.MatchWord(first - 1) is "the" or "The" && IsStateSector(role.Sector) && (role.IsModifier || role.Role == "government");

    /// <summary>The evidence of a group that shares the owner of the group or demonym it is listed with.</summary>
    private const string CoordinationEvidence = "coordination";

    /// <summary>
    /// The owner a group shares with what it is listed with: "Russian elites and companies", "Iranian nuclear
    /// facilities, missile sites and military commanders" (a demonym heads the list), "the morality police and
    /// several senior security officials" (a group already placed ends the conjunct before). Null when the
    /// group is not the later conjunct of such a list.
    /// </summary>
    private string? CoordinatedOwner(RecognitionState state, int first)
    {
        var document = state.Document;
        var t = first - 1;
        // "several senior security officials": quantifiers and modifiers of the group itself.
        for (var modifiers = 0; t >= 0 && modifiers < 3 && IsLowerWord(document.MatchWord(t)) && document.MatchWord(t) is not ("and" or "or")
                                && !ListBreakers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(t)); modifiers++)
            t--;
        if (t < 1 || document.MatchWord(t) is not ("and" or "or"))
            return null;
        for (var u = t - 1; u >= 0 && u >= t - 8; u--)
        {
            if (GroupEndingAt(state, document.Tokens[u].End) is { } group)
                return group;
            var word = document.MatchWord(u);
            if (word is ",")
                continue;
            if (IsDemonym(word) is { } demonym)
                return demonym;
            // A verb, a preposition or a clause word ends the noun phrase: what stands before it is no conjunct.
            if (!IsLowerWord(word) || word.EndsWith("ed") || ListBreakers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
                return null;
        }
        return null;
    }

    /// <summary>The country of a group mention of this sentence ("the morality police", "Russian officials") ending at character <paramref name="end"/>.</summary>
    private static string? GroupEndingAt(RecognitionState state, int end)
    {
        for (var i = state.Mentions.Count - 1; i >= 0 && state.SentenceOf(i) == state.CurrentSentence; i--)
        {
            if (state.Mentions[i] is { Actor: { Name: null, Role: not null } actor } mention && mention.End == end && IsStateCode(actor.Code))
                return actor.Code;
        }
        return null;
    }

    /// <summary>The country of a demonym ("Iranian"), or null when the word is none.</summary>
    private string? IsDemonym(ReadOnlySpan<char> word)
    {
        // An index loop: foreach over the interface boxes an enumerator, for every word walked over.
        var names = lexicon.Names.Word(word);
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i].Country is { Kind: CountryPhraseKind.Demonym } country)
                return country.Code;
        }
        return null;
    }

    private static bool IsLowerWord(ReadOnlySpan<char> word) => !word.IsEmpty && char.IsAsciiLetterLower(word[0]);

    // Words no conjunct of a noun list contains: prepositions, articles and clause words.
    private static readonly System.Collections.Frozen.FrozenSet<string> ListBreakers = System.Collections.Frozen.FrozenSet.Create(StringComparer.Ordinal,
        "the", "a", "an", "of", "on", "in", "into", "onto", "at", "to", "by", "for", "from", "with", "against", "over", "under", "through", "across",
        "near", "about", "that", "which", "who", "said", "says", "told",
        "is", "are", "was", "were", "has", "have", "had", "will", "would");

    /// <summary>
    /// For a government named by its role alone ("the authorities", "the new administration"), the country of
    /// the government acting on it in this clause: in "Beijing intends to keep up pressure on the new administration"
    /// or "the E.U. … called for the authorities to respect…" the government is not the subject's own (a
    /// legislature may well scrutinise its own).
    /// </summary>
    private static string? GovernmentActedOn(RecognitionState state, int first, RolePhrase role) =>
        role.Role == "government" && ClauseSubject(state, first) is { Actor: { Sector: "GOV", Code: var code } } && IsStateCode(code) ? code : null;

    /// <summary>
    /// The last actor this sentence names before token <paramref name="first"/> with no clause boundary between
    /// them ("that", "said", a comma…): the one whose clause the phrase at <paramref name="first"/> stands in.
    /// </summary>
    private static Mention? ClauseSubject(RecognitionState state, int first)
    {
        var limit = state.Document.Tokens[first].Start;
        Mention? subject = null;
        for (var i = state.Mentions.Count - 1; i >= 0 && state.SentenceOf(i) == state.CurrentSentence; i--)
        {
            if (state.Mentions[i] is { Kind: MentionKind.Actor } m && m.End <= limit)
            {
                subject = m;
                break;
            }
        }
        if (subject is null)
            return null;
        for (var t = first - 1; t >= 0 && state.Document.Tokens[t].Start >= subject.End; t--)
        {
            if (ClauseBoundaries.GetAlternateLookup<ReadOnlySpan<char>>().Contains(state.Document.MatchWord(t)))
                return null;
        }
        return subject;
    }

    private static readonly System.Collections.Frozen.FrozenSet<string> ClauseBoundaries = System.Collections.Frozen.FrozenSet.Create(StringComparer.Ordinal,
        "that", "which", "who", "whom", "whose", "said", "says", "say", "saying", "told", "while", "as", "after", "before", "when", "because", "if",
        "but", "although", "though", "whereas", ",", ";", ":", "\u2014", "-");

    /// <summary>
    /// The country of who speaks in this sentence before token <paramref name="first"/> (a person or a
    /// government right before "said", "told"…): "Bessent said the agreement sent a signal to Moscow that the
    /// administration was committed" — a speaker's "the administration" or "the government" is their own.
    /// </summary>
    private string? SpeakerBefore(RecognitionState state, int first)
    {
        var limit = state.Document.Tokens[first].Start;
        for (var i = state.Mentions.Count - 1; i >= 0 && state.SentenceOf(i) == state.CurrentSentence; i--)
        {
            var mention = state.Mentions[i];
            if (mention.End > limit || mention.Actor is not { } actor || !(actor.Name is not null || actor.Sector == "GOV") || !IsStateCode(actor.Code))
                continue;
            var next = TokenAt(state, mention.End);
            if (next < first && lexicon.IsReportVerb(state.Document.MatchWord(next)))
                return actor.Code;
        }
        return null;
    }

    /// <summary>
    /// Whether the mention stands in an aside opened by a comma and "which", "who" or "whose" ("Beijing, which
    /// claims Taiwan as its own territory, called…", "the Patriot system, which Kyiv had requested") or by an
    /// apposition ("a luxury resort … hosted by Italian Prime Minister Giorgia Meloni"), closed by a comma or
    /// by the sentence's end: not what the sentence is about, so no group's owner.
    /// </summary>
    private static bool InAsideClause(RecognitionState state, int index)
    {
        var mention = state.Mentions[index];
        var sentence = state.Document.Sentences[state.SentenceOf(index)];
        var at = TokenAt(state, mention.Start);
        var relative = false;
        var apposition = false;
        for (var t = at - 1; t > sentence.FirstToken; t--)
        {
            if (state.Document.MatchWord(t) is not ",")
                continue;
            relative = state.Document.MatchWord(t + 1) is "which" or "who" or "whose";
            apposition = state.Document.MatchWord(t + 1) is "a" or "an";
            break;
        }
        if (!relative && !apposition)
            return false;
        // A relative clause closes at a comma or the sentence's end; an apposition only at the end ("…, a U.S.
        // air base in Qatar; officials said" goes on with the same clause).
        for (var t = TokenAt(state, mention.End); t < sentence.EndToken; t++)
        {
            var word = state.Document.MatchWord(t);
            if (word is ",")
                return relative;
            if (word is ";")
                return false;
        }
        return true;
    }

    /// <summary>Whether a clause boundary or a report verb ("said", "that", a comma) stands from token <paramref name="from"/> to character <paramref name="until"/>.</summary>
    private bool ClauseBreaksBefore(RecognitionState state, int from, int until)
    {
        for (var t = from; t < state.Document.Tokens.Length && state.Document.Tokens[t].Start < until; t++)
        {
            var word = state.Document.MatchWord(t);
            if (ClauseBoundaries.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || lexicon.IsReportVerb(word))
                return true;
        }
        return false;
    }

    /// <summary>The first token starting at or after character <paramref name="at"/>.</summary>
    private static int TokenAt(RecognitionState state, int at)
    {
        var tokens = state.Document.Tokens;
        int low = 0, high = tokens.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (tokens[middle].Start < at)
                low = middle + 1;
            else
                high = middle;
        }
        return low;
    }

    /// <summary>Whether "foreign" qualifies the group starting at token <paramref name="first"/>.</summary>
    private static bool IsForeign(RecognitionState state, int first) =>
        first > 0 && state.Document.MatchWord(first - 1).Equals("foreign", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The countries of a pair ("the two men", "both sides") that is the last actor this sentence names before
    /// mention <paramref name="before"/>, when they differ; null when the last actor is no pair.
    /// </summary>
    private static (string One, string Other)? PairBefore(RecognitionState state, int before)
    {
        for (var i = before - 1; i >= 1 && state.SentenceOf(i) == state.CurrentSentence; i--)
        {
            var mention = state.Mentions[i];
            if (mention.Actor is null || mention.Evidence == PronounEvidence)
                continue;
            var previous = state.Mentions[i - 1];
            return mention.Evidence == "coreference" && previous.Start == mention.Start && previous.End == mention.End
                   && previous.Actor is { } other && other.Code != mention.Actor.Code
                ? (other.Code, mention.Actor.Code)
                : null;
        }
        return null;
    }

    /// <summary>
    /// The country of the actor (or, after "whose", the country or capital) this sentence named outright last
    /// before mention <paramref name="before"/>. A <paramref name="personal"/> possessive ("his", "her") may
    /// also point through a pronoun already resolved to a person ("she said her delegation"); a
    /// <paramref name="singular"/> one ("its") passes over plural groups.
    /// </summary>
    private static string? Possessor(RecognitionState state, int before, bool personal, bool singular) =>
        (personal ? PersonBefore(state, before) : null) ?? OwnerBefore(state, before, personal, singular);

    /// <summary>
    /// "his" and "her" are a person's: "Venezuela's Maduro was sworn in as the United States announced sanctions against
    /// his government" is Maduro's, not the country named last. The code of the person (a named office-holder, not an
    /// organisation) the sentence named last before mention <paramref name="before"/>; null when it names none.
    /// </summary>
    private static string? PersonBefore(RecognitionState state, int before)
    {
        for (var i = before - 1; i >= 0 && state.SentenceOf(i) == state.CurrentSentence; i--)
        {
            if (state.Mentions[i] is { Actor: { Name: not null, Role: { } role } person } mention && IsPersonRole(role) && !mention.IsDateline && IsStateCode(person.Code))
                return person.Code;
        }
        return null;
    }

    /// <summary>The state the sentence named last before mention <paramref name="before"/>, as the owner of a possessive.</summary>
    private static string? OwnerBefore(RecognitionState state, int before, bool personal, bool singular)
    {
        for (var i = before - 1; i >= 0 && state.SentenceOf(i) == state.CurrentSentence; i--)
        {
            var mention = state.Mentions[i];
            if (personal && mention.Evidence == PronounEvidence && mention.Actor?.Name is not null)
                return mention.Actor.Code;
            // "its" is a state's or an institution's, never a plural group's ("Israel releases Palestinian prisoners and its forces").
            if (singular && IsPluralGroup(state, mention))
                continue;
            if (IsInferred(mention) || mention.IsDateline)
                continue;
            if ((mention.Actor?.Code ?? (mention.Place?.Kind is Places.PlaceKind.Country ? mention.Place.Country : null)) is { } code && IsStateCode(code))
                return code;
        }
        return null;
    }

    /// <summary>
    /// "officials in Washington", "companies in China", "troops from South Africa", "the governments of
    /// neighbouring Mali": a place or country named right after the group, behind "in", "from" or "of" (and
    /// perhaps "the" or one lower-case modifier), says whose the group is.
    /// </summary>
    private static (string Code, string Evidence, Mention Mention)? PlaceAfter(RecognitionState state, int end, bool onlyOf = false)
    {
        if (WordAfterGroupPreposition(state, end) is not { } at || (onlyOf && state.Document.MatchWord(end) is not "of"))
            return null;
        var next = state.Document.Tokens[at].Start;
        Mention? mention = null;
        foreach (var m in state.Mentions)
        {
            if (m.Start == next && m.Kind is MentionKind.Place or MentionKind.Actor && !m.IsDateline)
            {
                mention = m;
                break;
            }
        }
        var code = mention?.Place?.Country ?? (mention?.Actor is { Name: null, Role: null } actor ? actor.Code : null);
        return IsStateCode(code) ? (code!, $"located: {mention!.Evidence}", mention!) : null;
    }

    /// <summary>The country or place named next in a list after <paramref name="listed"/> (behind a comma or "and"), or null when the list ends.</summary>
    private static Mention? ListedAfter(RecognitionState state, Mention listed)
    {
        var text = state.Document.Text;
        var at = listed.End;
        while (at < text.Length && text[at] == ' ')
            at++;
        if (at < text.Length && text[at] == ',')
            at++;
        while (at < text.Length && text[at] == ' ')
            at++;
        if (text.AsSpan(at).StartsWith("and ", StringComparison.Ordinal))
            at += 4;
        if (at == listed.End)
            return null;
        foreach (var m in state.Mentions)
        {
            if (m.Start == at && !m.IsDateline && (m.Place is not null || m.Actor is { Name: null, Role: null }))
                return m;
        }
        return null;
    }

    /// <summary>
    /// The token a group's owner would start at when "in", "from" or "of" follows the group at token
    /// <paramref name="end"/>, past "the" and one lower-case modifier ("of neighbouring Mali"); null when no such preposition follows.
    /// </summary>
    private static int? WordAfterGroupPreposition(RecognitionState state, int end)
    {
        var tokens = state.Document.Tokens;
        if (end + 1 >= tokens.Length || !GroupPrepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(state.Document.MatchWord(end)))
            return null;
        var at = end + 1;
        if (state.Document.MatchWord(at) is "the" or "The" && at + 1 < tokens.Length)
            at++;
        if (state.Document.MatchWord(at) is { Length: > 0 } modifier && char.IsAsciiLetterLower(modifier[0]) && at + 1 < tokens.Length
            && !Quantifiers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(modifier))
            at++;
        return at;
    }

    /// <summary>Whether a capitalised name follows the group at token <paramref name="end"/> behind "in", "from" or "of": its owner, read later.</summary>
    private static bool NamedOwnerFollows(RecognitionState state, int end) =>
        WordAfterGroupPreposition(state, end) is { } at && state.Document.MatchWord(at) is { Length: > 0 } word && char.IsUpper(word[0]);

    // "officials in both countries" belong to several: a quantifier is no modifier to look past.
    private static readonly System.Collections.Frozen.FrozenSet<string> Quantifiers = System.Collections.Frozen.FrozenSet.Create(StringComparer.Ordinal,
        "both", "all", "two", "three", "several", "other", "many", "some", "these", "those", "each");

    private static readonly System.Collections.Frozen.FrozenSet<string> GroupPrepositions =
        System.Collections.Frozen.FrozenSet.Create(StringComparer.Ordinal, "in", "from", "of");

    // How much more often the story must name a country for it to outweigh the nearest one.
    private const int DominantRatio = 2;

    /// <summary>
    /// The country in play for a group named by its role alone (or a titled person the lexicon lacks), in
    /// this sentence or the one before: for civilians, health workers and <paramref name="local"/> groups the nearest place (they are where
    /// things happen), else the one country of every actor in sight; for others the nearest actor of the same
    /// sector, else the nearest actor or place, unless (for groups) the story names another country in sight
    /// twice as often. A group ending at token <paramref name="groupEnd"/> looks ahead only within its own clause.
    /// </summary>
    private string? ContextCountry(RecognitionState state, string sector, int before, bool group = false, bool local = false, string? unlike = null, int groupEnd = -1,
        bool organ = false)
    {
        var preferPlaces = local || sector is "CVL" or "HLH";
        string? sameSector = null, anyActor = null, anyPlace = null, actorHere = null;
        var oneActorCountry = true;
        var inSight = state.CountriesInSight;
        inSight.Clear();
        for (var i = before - 1; i >= 0 && state.SentenceOf(i) >= state.CurrentSentence - 1; i--)
            Consider(state, i, sector, unlike, ref sameSector, ref anyActor, ref anyPlace, ref actorHere, ref oneActorCountry, inSight);
        // Nothing before it (or, for civilians, no place before it): the first country named later in the same
        // sentence ("Protesters in Tbilisi", "dispersed protesters outside parliament in Tbilisi").
        // What officials or troops say, or a clause after them, does not say whose they are: "Officials said the aim was to get the money to Kyiv".
        for (var i = before; i < state.Mentions.Count && (preferPlaces ? anyPlace is null : sameSector is null && anyActor is null && anyPlace is null)
                             && (!IsStateSector(sector) || groupEnd < 0 || !ClauseBreaksBefore(state, groupEnd, state.Mentions[i].Start)); i++)
            Consider(state, i, sector, unlike, ref sameSector, ref anyActor, ref anyPlace, ref actorHere, ref oneActorCountry, inSight);
        // Civilians belong where things happen; without a place in sight, the nearest actor is as likely their
        // adversary — unless every actor in sight is of one country and one is in this sentence, a domestic scene
        // ("police arrested protesters").
        // Nothing at all in sight ("Security forces have used tear gas", deep in an Iran story): the story's country.
        // Police are a state's: an organisation near them ("according to the United Nations") does not own them.
        var storys = group && NothingNamedNear(state, statesOnly: organ || sector == "POL") ? state.MostNamedCountry() : null;
        // Nor is a scene whose every actor in sight is of the story's own country anyone's but that country's
        // ("Soldiers had sided with the demonstrators" after the colonel sworn in as Madagascar's president).
        if (preferPlaces)
            return anyPlace ?? (oneActorCountry ? actorHere : null) ?? storys
                ?? (group && oneActorCountry && anyActor is not null && anyActor == state.MostNamedCountry() ? anyActor : null);
        // "the authorities" of an Iran story whose last sentence named Washington are Iran's; a titled person
        // stays with the nearest ("Russia's commander, Gen. X").
        // A government acted on by another ("the E.U. called for the authorities to…") is, with the actor's
        // own set aside, the one the story is about, if it is in sight.
        // When the actor is the story's focus, the government it acts on is the story's next most named country,
        // in sight or not ("China's drills … Lai … Beijing intends to keep up pressure on the new administration").
        if (unlike is not null && group && state.MostNamedCountry() is { } focus)
        {
            if (focus != unlike && inSight.Contains(focus))
                return focus;
            if (focus == unlike && state.MostNamedCountry(except: unlike) is { } next)
                return next;
        }
        // "Thousands rallied in Tbilisi against the government's decision": a government whose sentence names no actor
        // but a place is the government of that place, not of the last country named before.
        if (sector == "GOV" && group && actorHere is null && PlaceInSentence(state, before) is { } placeHere)
            return placeHere;
        if (sameSector is not null)
            return sameSector;
        // Police are the force of the place where things happen: with no actor in their own sentence, a place in
        // sight says whose they are ("Zelensky spoke in Brussels. Police said…" are Belgium's), not an actor of the
        // sentence before nor the story's country far back ("eggs thrown near the European Parliament. Police…").
        if (sector == "POL" && actorHere is null && anyPlace is not null)
            return anyPlace;
        // Nor, with no place before them, is an actor of the sentence before: a place later in their own sentence is
        // where things happen ("Pope Leo called it a massacre. Police fired tear gas at protesters who marched through Makurdi").
        if (sector == "POL" && actorHere is null && PlaceLaterInSentence(state, before) is { } placeAfter)
            return placeAfter;
        // Fighters and gunmen of a story are those of the armed group it named, however far back; its banks
        // and companies those of the firms it named ("Russian banks" … "the allies pledged to remove selected banks");
        // its lawmakers those of the legislature it named ("the Senate approved the aid" … "Zelensky thanked lawmakers").
        if (sector is "REB" or "BUS" or "LEG" && LastNamedOfSector(state, before, sector) is { } namedBefore)
            return namedBefore;
        // Firms named by a common noun alone ("companies producing the chemicals", "major shipping companies")
        // are of no country the story names unless it named firms of one: a state in sight is no cue for them.
        if (group && sector == "BUS")
            return null;
        // With nothing in sight, the police are where the story was filed (its civilians may not be: a
        // story filed from peace talks in Jeddah tells of Sudan's).
        var nearest = anyActor ?? anyPlace ?? (sector == "POL" ? state.DatelineCountry : null) ?? storys;
        // Only a place in sight ("an expectation in Moscow … officials said"): the story's own country may be far
        // back ("Biden … officials said"), so it is in sight too.
        if (group && anyActor is null && anyPlace is not null && state.MostNamedCountry() is { } storyCountry && !inSight.Contains(storyCountry))
            inSight.Add(storyCountry);
        string? most = null;
        foreach (var code in inSight)
        {
            if (most is null || state.CountryCount(code) > state.CountryCount(most))
                most = code;
        }
        return group && nearest is not null && most is not null && state.CountryCount(most) >= DominantRatio * state.CountryCount(nearest) ? most : nearest;
    }

    /// <summary>
    /// Whether neither this sentence nor the one before names an actor or place outright (an organisation
    /// counts: "finance ministers" after "the E.U." are no country's), or, <paramref name="statesOnly"/>, a state
    /// or place ("the army" after "the E.U." is still the army of the story's country).
    /// </summary>
    private static bool NothingNamedNear(RecognitionState state, bool statesOnly)
    {
        for (var i = state.Mentions.Count - 1; i >= 0 && state.SentenceOf(i) >= state.CurrentSentence - 1; i--)
        {
            if (state.Mentions[i] is { Kind: not MentionKind.Date } m && !IsInferred(m) && !m.IsDateline
                && (!statesOnly || IsStateCode(m.Actor?.Code ?? m.Place?.Country)))
                return false;
        }
        return true;
    }

    /// <summary>The country of the last actor of <paramref name="sector"/> the text named outright before mention <paramref name="before"/>.</summary>
    private static string? LastNamedOfSector(RecognitionState state, int before, string sector)
    {
        for (var i = before - 1; i >= 0; i--)
        {
            var mention = state.Mentions[i];
            if (mention.Actor?.Sector == sector && !IsInferred(mention) && !mention.IsDateline)
                return mention.Actor.Code;
        }
        return null;
    }

    private static void Consider(RecognitionState state, int index, string sector, string? unlike, ref string? sameSector, ref string? anyActor, ref string? anyPlace,
        ref string? actorHere, ref bool oneActorCountry, List<string> inSight)
    {
        var mention = state.Mentions[index];
        // Only what the text names outright: mentions found by coreference or context would echo guesses.
        if (IsInferred(mention) || mention.IsDateline)
            return;
        var code = mention.Actor?.Code ?? mention.Place?.Country;
        if (!IsStateCode(code) || code == unlike || InAsideClause(state, index))
            return;
        // Banks or reporters of a country say nothing of whose "officials" or "troops" the text means.
        if (mention.Actor is { } actor && IsStateSector(sector) && IsCivilSocietySector(actor.Sector))
            return;
        // An embassy stands in another country: who is sheltered in it or seized from it ("police forced their way into
        // the Mexican embassy in Quito and detained former Vice-President Jorge Glas") is no more its country's than the host's.
        if (mention.Actor?.Role is "embassy" or "consulate")
            return;
        if (!inSight.Contains(code))
            inSight.Add(code);
        if (mention.Place is not null)
            anyPlace ??= code;
        else
        {
            oneActorCountry &= anyActor is null || anyActor == code;
            anyActor ??= code;
            if (state.SentenceOf(index) == state.CurrentSentence)
                actorHere ??= code;
            if (mention.Actor!.Sector == sector)
                sameSector ??= code;
        }
    }

    /// <summary>The country of the last place this sentence names outright before mention <paramref name="before"/>.</summary>
    private static string? PlaceInSentence(RecognitionState state, int before)
    {
        for (var i = before - 1; i >= 0 && state.SentenceOf(i) == state.CurrentSentence; i--)
        {
            if (state.Mentions[i] is { Place.Country: var country } m && !IsInferred(m) && !m.IsDateline && IsStateCode(country))
                return country;
        }
        return null;
    }

    /// <summary>The country of the first place this sentence names outright from mention <paramref name="from"/> on.</summary>
    private static string? PlaceLaterInSentence(RecognitionState state, int from)
    {
        for (var i = from; i < state.Mentions.Count; i++)
        {
            if (state.SentenceOf(i) == state.CurrentSentence && state.Mentions[i] is { Place.Country: var country } m && !IsInferred(m) && !m.IsDateline && IsStateCode(country))
                return country;
        }
        return null;
    }

    private static bool IsStateSector(string sector) => sector is "GOV" or "MIL" or "LEG" or "JUD" or "POL";

    private static bool IsCivilSocietySector(string sector) => sector is "BUS" or "MED" or "EDU" or "HLH" or "REL" or "NGO";

    /// <summary>
    /// The possessive determiner of the group's noun phrase ("its forces", "her congressional delegation",
    /// "their own troops"), looking back over at most two lower-case modifiers; null when there is none.
    /// </summary>
    private static string? PossessiveBefore(RecognitionState state, int first)
    {
        for (var i = first - 1; i >= 0 && i >= first - 3; i--)
        {
            var word = state.Document.MatchWord(i);
            if (word is "its" or "their" or "his" or "her" or "whose")
                return word.ToString();
            if (word.IsEmpty || !char.IsAsciiLetterLower(word[0]) || NotModifiers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
                return null;
        }
        return null;
    }

    // Words that end a noun phrase on its left: a possessive further back belongs to something else.
    private static readonly System.Collections.Frozen.FrozenSet<string> NotModifiers = System.Collections.Frozen.FrozenSet.Create(StringComparer.Ordinal,
        "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from", "that", "which", "who", "said", "says", "told");

    /// <summary>
    /// Whether the mention's actor was inferred (from context, a possessive, coreference or a pronoun) rather
    /// than named: inferred mentions never serve as evidence for further inferences, which would echo a guess.
    /// </summary>
    internal static bool IsInferred(Mention mention) => mention.Evidence is "context" or "coreference" or "possessor" or CoordinationEvidence or PronounEvidence or SubjectItEvidence;

    /// <summary>An ISO-3166 alpha-3 code (or a CAMEO region such as WST), not an organisation's ("EU", "NATO").</summary>
    internal static bool IsStateCode([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? code) => code is { Length: 3 } && !code.AsSpan().ContainsAnyExceptInRange('A', 'Z');

    /// <summary>A group named by a plural role noun ("Palestinian prisoners", "officials"), not a state, institution or person.</summary>
    private static bool IsPluralGroup(RecognitionState state, Mention mention) =>
        mention.Actor is { Name: null, Role: not null } && state.Document.Text[mention.End - 1] == 's';

    /// <summary>"local authorities", "local officials": the group of the place where things happen, like civilians.</summary>
    private static bool IsLocal(RecognitionState state, int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            if (state.Document.MatchWord(i) is "local" or "Local")
                return true;
        }
        return false;
    }

    /// <summary>"people" alone is too vague to be an actor ("two people were killed").</summary>
    private static bool IsGenericNoun(Chunk chunk, RecognitionState state) =>
        chunk.End - chunk.Start == 1 && Word(state.Document.MatchText, state, chunk.Start) is "people" or "People";
}
