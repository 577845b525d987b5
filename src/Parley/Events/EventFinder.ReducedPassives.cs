using System.Collections.Frozen;
using Parley.Documents;
using Parley.Mentions;

namespace Parley.Events;

public sealed partial class EventFinder
{
    // Words that may end a reduced passive's noun phrase and are no noun of it: a verb group's, a pronoun subject's, a joiner's,
    // a clause opener's or a preposition's ("killed when Afghan forces attacked", "rebels backed by Rwandan troops captured").
    private static readonly FrozenSet<string> ReducedPassiveStops = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "it", "they", "he", "she", "we", "i", "you", "who", "which", "that", "and", "or", "but", "to", "will", "would", "could", "can", "may", "might",
        "when", "after", "before", "while", "as", "since", "because", "if", "until", "where", "once",
        "by", "in", "on", "at", "from", "with", "for", "into", "against", "over", "under");

    // Words that may follow a reduced passive's participle, which takes no object: "men deported from the United States",
    // "migrants expelled to Mexico last week" (an active verb's object would follow it: "Afghan forces attacked border posts").
    private static readonly FrozenSet<string> ReducedPassiveFollowers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "by", "from", "to", "into", "in", "at", "on", "after", "for", "over", "under", "during", "back", "home", "last", "earlier", "this");

    /// <summary>
    /// The first token of the noun phrase a past participle cue follows as a reduced passive, the object of a verb before
    /// it: "Eswatini has received five men deported from the United States", "Mexico welcomed 200 migrants expelled by Texas
    /// authorities"; −1 when the cue is its clause's own verb ("Thailand deported 40 men", "Kenya last week deported",
    /// "Officials said 20 soldiers killed …" — a reported clause's subject).
    /// </summary>
    private int ReducedPassiveObject(SentenceClauses clause, int first, int end)
    {
        if (end - first != 1 || !IsPastVerb(clause, first) || IsPassiveForm(clause, first)
            || end < clause.Sentence.EndToken && clause.Document.Tokens[end].Kind is not (TokenKind.Punctuation or TokenKind.Terminal) && !clause.Is(end, ReducedPassiveFollowers))
            return -1;
        var start = first;
        while (start - 1 > clause.Sentence.FirstToken && first - start < NounPhraseReach && IsReducedPassiveNounWord(clause, start - 1))
            start--;
        if (start == first)
            return -1;
        var verb = start - 1;
        return IsPastVerb(clause, verb) && !names.IsReportVerb(clause.Word(verb)) ? start : -1;
    }

    /// <summary>Whether token <paramref name="i"/> may be a word of the noun phrase before a reduced passive: no verb, punctuation or pronoun.</summary>
    private static bool IsReducedPassiveNounWord(SentenceClauses clause, int i) =>
        clause.Document.Tokens[i].Kind is not (TokenKind.Punctuation or TokenKind.Terminal)
        && !IsPastVerb(clause, i) && !IsPassiveAuxiliary(clause, i) && !clause.Is(i, ReducedPassiveStops);

    /// <summary>
    /// The doers of a reduced passive: its "by" phrase ("prisoners freed by Venezuela"), or, for a removal, the country
    /// the people are sent away from ("men deported from the United States") — never the clause's subject, who only
    /// receives or welcomes them.
    /// </summary>
    private static List<MentionSpan> ReducedPassiveAgents(SentenceClauses clause, PloverEvent e, int end) =>
        clause.Word(end).Equals("by", StringComparison.OrdinalIgnoreCase)
        || clause.Word(end).Equals("from", StringComparison.OrdinalIgnoreCase) && e.Category is { Type: "COERCE", Mode: "deport" } or { Type: "SANCTION", Mode: "expel" }
            ? ObjectGroup(clause, end + 1, MentionKind.Actor, 2)
            : [];
}
