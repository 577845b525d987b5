using System.Collections.Frozen;
using Parley.Documents;

namespace Parley.Events;

/// <summary>
/// A phrase that credits what follows it with the state of the words before: "A stronger Ukraine, courtesy of a defence
/// upgrade", "Kyiv held the line thanks to new air defences". The act it names explains that state: the subject received
/// it, and it may be one the story told already, whatever article it takes.
/// </summary>
internal static class CreditPhrase
{
    // Words that credit a cause before "to": "thanks to", "owing to", "due to"; "courtesy" does before "of".
    private static readonly FrozenSet<string> BeforeTo = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "thanks", "owing", "due");

    // How many words of description may stand between the phrase and the noun cue ("thanks to a substantial new").
    private const int DescriptionReach = 3;

    /// <summary>Whether a crediting phrase ends within a few words before token <paramref name="cue"/>, after token <paramref name="from"/>.</summary>
    public static bool Before(Document document, int from, int cue)
    {
        var beforeTo = BeforeTo.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = cue - 1; i > from && cue - i <= DescriptionReach + 1; i--)
        {
            var word = document.MatchWord(i);
            if (word.IsEmpty || !char.IsLetterOrDigit(word[0]))
                return false;
            if ((word is "of" && document.MatchWord(i - 1).Equals("courtesy", StringComparison.OrdinalIgnoreCase))
                || (word is "to" && beforeTo.Contains(document.MatchWord(i - 1))))
                return true;
        }
        return false;
    }
}
