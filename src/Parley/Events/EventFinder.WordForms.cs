using System.Collections.Frozen;
using Parley.Documents;

namespace Parley.Events;

public sealed partial class EventFinder
{
    // Possessive determiners of a noun cue ("their release by Tehran", "his arrest by police").
    private static readonly FrozenSet<string> PossessivePronouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "its", "their", "his", "her");

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

    /// <summary>Whether token <paramref name="i"/> is a hyphen joined to the word before it but not to the one after ("U.S.- and French-brokered").</summary>
    private static bool IsSuspendedHyphen(SentenceClauses clause, int i)
    {
        var tokens = clause.Document.Tokens;
        return i > 0 && i + 1 < tokens.Length && clause.Word(i) is "-" && tokens[i - 1].End == tokens[i].Start && tokens[i + 1].Start > tokens[i].End;
    }

    /// <summary>Whether token <paramref name="i"/> is a lower-case word in "-ing".</summary>
    private static bool IsGerund(SentenceClauses clause, int i) =>
        IsLowerWord(clause.Word(i)) && clause.Word(i).EndsWith("ing", StringComparison.Ordinal) && clause.Word(i).Length > 5;

    private static bool IsLowerWord(ReadOnlySpan<char> word) => word.Length > 1 && char.IsLower(word[0]) && !word.EndsWith("ly", StringComparison.Ordinal);
}
