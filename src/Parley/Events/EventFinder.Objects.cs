using System.Collections.Frozen;
using Parley.Documents;
using Parley.Mentions;

namespace Parley.Events;

public sealed partial class EventFinder
{
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
                || Enumerable.Range(start, m.FirstToken - start).Any(i => clause.Word(i) is "," || clause.Is(i, ClauseOpeners) || OpensRelativeClause(clause, start, i) || OpensAsClause(clause, i, m) || OpensCounterpart(clause, i)))
                return [];
            if (m.Mention.Kind == kind)
                return Coordinated(clause, k, +1);
        }
        return [];
    }

    /// <summary>
    /// Whether token <paramref name="i"/> opens what is given back for the object ("release 20 hostages in exchange for
    /// 600 prisoners", "in return for"): those named there are the other side's, not whom the act is done to.
    /// </summary>
    private static bool OpensCounterpart(SentenceClauses clause, int i) =>
        clause.Word(i).Equals("in", StringComparison.OrdinalIgnoreCase) && clause.Is(i + 1, CounterpartNouns)
        && i + 2 < clause.Sentence.EndToken && clause.Word(i + 2).Equals("for", StringComparison.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> CounterpartNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "exchange", "return");

    /// <summary>
    /// Whether token <paramref name="i"/> is an "as" right before <paramref name="m"/> that opens a clause with it as its
    /// subject ("Belarus frees 52 prisoners as Washington eases sanctions"): a state, body or person named outright, not a
    /// role ("re-elected as president"), nor after "such" or "well", which go on with a list ("such as Jordan").
    /// </summary>
    private static bool OpensAsClause(SentenceClauses clause, int i, MentionSpan m) =>
        i == m.FirstToken - 1 && clause.Word(i).Equals("as", StringComparison.OrdinalIgnoreCase) && (m.Mention.Actor is { Role: null } or { Name: not null })
        && !(i > clause.Sentence.FirstToken && clause.Word(i - 1) is "such" or "well");

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
        // "From Pyongyang, Putin flew on to Hanoi": read back from the subject, a name in a phrase opening the clause that
        // only a comma joins to it is no list ("Britain, France and Germany" has its "and"); an apposition, which names
        // the same party, stays.
        else if (group.Count > 1 && WordBefore(clause, group[0].FirstToken) is var opener && opener == clause.Sentence.FirstToken
                 && clause.Is(opener, Prepositions) && !ListedWithAnd(clause, group))
        {
            while (group.Count > 1 && group[0].Mention.Actor?.Code != group[1].Mention.Actor?.Code)
                group.RemoveAt(0);
        }
        return group;
    }

    private static bool ListedWithAnd(SentenceClauses clause, List<MentionSpan> group)
    {
        for (var j = 1; j < group.Count; j++)
        {
            if (JoinedByAnd(clause, group[j - 1].EndToken, group[j].FirstToken))
                return true;
        }
        return false;
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
            // "a U.S.- and French-brokered truce": a hyphen left hanging after the first name shares the second's word.
            if (i == from && IsSuspendedHyphen(clause, i))
                continue;
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
}
