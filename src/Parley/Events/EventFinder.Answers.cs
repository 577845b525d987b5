using System.Collections.Frozen;
using Parley.Documents;
using Parley.Mentions;

namespace Parley.Events;

public sealed partial class EventFinder
{
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
        // "activists abroad, whom ministers accused": a word after the name may still end its noun phrase before the comma.
        if (named.Mention is null && clause.Word(last + 1) is "," && clause.Is(last + 2, PersonRelatives))
            named = clause.Mentions.FindLast(m => m.EndToken < last + 1 && last + 1 - m.EndToken <= PostModifierReach && m.Mention.Kind == MentionKind.Actor
                                                  && Enumerable.Range(m.EndToken, last + 1 - m.EndToken).All(i => IsLowerWord(clause.Word(i)) && !clause.Is(i, Prepositions) && !clause.Is(i, Conjunctions)));
        return named.Mention is not null ? [named] : Subject(clause, last + 1, found, int.MaxValue);
    }

    // The relative pronoun for people as a verb's object: "whom ministers accused".
    private static readonly FrozenSet<string> PersonRelatives = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "whom");

    // How many words may follow a name within its noun phrase before a relative clause: "activists abroad, whom".
    private const int PostModifierReach = 1;

    // The relative pronouns that stand for a verb's object and nothing else ("that" also opens what is said).
    private static readonly FrozenSet<string> ObjectRelativePronouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "whom", "which");

    /// <summary>
    /// Whether the subject starting at token <paramref name="subjectStart"/> follows one of <paramref name="pronouns"/> (past a "the"):
    /// the cue after it is then the relative clause's own verb, in any tense ("Padrino López, whom the United States accuses of").
    /// </summary>
    private static bool OpensObjectRelative(SentenceClauses clause, int subjectStart, FrozenSet<string> pronouns)
    {
        var before = subjectStart > clause.Sentence.FirstToken && clause.Word(subjectStart - 1).Equals("the", StringComparison.OrdinalIgnoreCase)
            ? subjectStart - 2 : subjectStart - 1;
        return clause.Is(before, pronouns);
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
}
