using Parley.Documents;

namespace Parley.Events;

public sealed partial class EventFinder
{
    /// <summary>
    /// Whether a name that is no actor mention (a demonym, or a country's name used as one) describes the noun cue at
    /// <paramref name="first"/>, with only describing words between: "Ukraine reported Russian strikes on Kharkiv",
    /// "South Korea tracked a North Korean missile launch". The act is then that name's, not the clause subject's:
    /// the subject only reports, condemns or watches it. A verb cue right after a demonym ("Russian strikes") is read
    /// as a noun, since a demonym is never a subject; <paramref name="describingWords"/> is false for it.
    /// </summary>
    private bool HasOwnerBefore(SentenceClauses clause, int first, PloverEvent e, bool describingWords)
    {
        var document = clause.Document;
        var from = Math.Max(clause.Sentence.FirstToken, first - ModifierReach);
        for (var start = first - 1; start >= from; start--)
        {
            if (ModifierName(document, start, first, e) is not { } owner || document.Tokens[start].Start != owner.Participant.Start)
                continue;
            var after = start;
            while (after < first && document.Tokens[after].End <= owner.Participant.End)
                after++;
            if (!describingWords)
                return after == first && names.Names.LongestAt(document, start, first) is { } name
                       && name.Values.Any(n => n.Country?.Kind == Actors.CountryPhraseKind.Demonym);
            if (after < first && document.Tokens[after].Kind == TokenKind.Clitic)
                after++;
            return OnlyDescribingWords(clause, after, first);
        }
        return false;
    }

    // "Russian drone strikes", "a North Korean ballistic missile launch": lower-case words that are no verb, preposition or determiner.
    private static bool OnlyDescribingWords(SentenceClauses clause, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var word = clause.Word(i);
            if (!IsLowerWord(word) || word.EndsWith("ed", StringComparison.Ordinal) || clause.Is(i, Prepositions) || clause.Is(i, NounDeterminers)
                || clause.Is(i, NotNouns) || clause.Is(i, Conjunctions))
                return false;
        }
        return true;
    }
}
