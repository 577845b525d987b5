using Parley.Documents;

namespace Parley.Events;

public sealed partial class EventFinder
{
    // How many words a time or place may put between a cue and the "that" of what it says ("warned in January that").
    private const int ThatReach = 4;

    /// <summary>
    /// The "that" opening what the cue ending at <paramref name="end"/> says will be done: right after it ("warned that
    /// Israel would strike"), or past a time or place told first ("warned in January that France could push for
    /// sanctions"); null when none follows before a stop.
    /// </summary>
    private static int? ThatAfterCue(SentenceClauses clause, int end)
    {
        for (var i = end; i < Math.Min(clause.Sentence.EndToken - 1, end + ThatReach + 1); i++)
        {
            if (clause.Word(i).Equals("that", StringComparison.OrdinalIgnoreCase))
                return i;
            if (clause.Document.Tokens[i].Kind is TokenKind.Punctuation or TokenKind.Terminal)
                return null;
        }
        return null;
    }
}
