using Parley.Documents;

namespace Parley.Events;

public sealed partial class EventFinder
{
    /// <summary>
    /// Whether a name that is no actor mention (a demonym, or a country's or organisation's name used as one) describes
    /// the cue at <paramref name="first"/>, with only describing words between: "Ukraine reported Russian strikes on
    /// Kharkiv", "South Korea tracked a North Korean missile launch". The act is then that name's, not the clause
    /// subject's: the subject only reports, condemns or watches it. A verb cue right after a demonym ("Russian strikes")
    /// is read as a noun, since a demonym is never a subject; <paramref name="describingWords"/> is false for it, and
    /// only a demonym right before it counts. Runs for every event with a subject, so it allocates nothing.
    /// </summary>
    private bool HasOwnerBefore(SentenceClauses clause, int first, bool describingWords)
    {
        var document = clause.Document;
        var from = Math.Max(clause.Sentence.FirstToken, first - ModifierReach);
        var end = first;
        if (describingWords)
        {
            while (end > from && IsDescribingWord(clause, end - 1))
                end--;
            if (end > from && document.Tokens[end - 1].Kind == TokenKind.Clitic)
                end--;
        }
        for (var start = end - 1; start >= from; start--)
        {
            // Names start with a capital ("Russian", "U.S."): most words before a cue are looked up no further.
            if (!char.IsUpper(document.MatchText[document.Tokens[start].Start]) || names.Names.LongestAt(document, start, end) is not { } match || match.End != end)
                continue;
            if (OverlapsMention(clause, start, end))
                return false;
            foreach (var name in match.Values)
            {
                if (name.Country?.Kind == Actors.CountryPhraseKind.Demonym
                    || (describingWords && (name.Country?.Kind == Actors.CountryPhraseKind.Name || name.Organisation is not null)))
                    return true;
            }
            return false;
        }
        return false;
    }

    // "Russian drone strikes", "a North Korean ballistic missile launch": a lower-case word that is no verb, preposition or determiner.
    private static bool IsDescribingWord(SentenceClauses clause, int i)
    {
        var word = clause.Word(i);
        return IsLowerWord(word) && !word.EndsWith("ed", StringComparison.Ordinal) && !clause.Is(i, Prepositions) && !clause.Is(i, NounDeterminers)
               && !clause.Is(i, NotNouns) && !clause.Is(i, Conjunctions);
    }

    private static bool OverlapsMention(SentenceClauses clause, int start, int end)
    {
        foreach (var m in clause.Mentions)
        {
            if (m.FirstToken < end && start < m.EndToken)
                return true;
        }
        return false;
    }
}
