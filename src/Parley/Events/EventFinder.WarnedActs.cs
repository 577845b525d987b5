using Parley.Documents;

namespace Parley.Events;

public sealed partial class EventFinder
{
    // How many words after "that" the subject of what a warning says will be done may begin ("that the United States").
    private const int WarnedSubjectReach = 2;

    // How many words a time or place may put between the warning and its "that" ("warned in January that").
    private const int WarnedThatReach = 4;

    /// <summary>
    /// "Barrot warned in January that France could push for new sanctions", "Rubio warned that Washington would act":
    /// the subject of what a warning says will be done, when it is of the warner's own country, is the side that would
    /// act, not whom the threat is aimed at; it is dropped as a recipient (an act told just before may still say whom it
    /// answers).
    /// </summary>
    private static void DropOwnSideWarned(Document document, PloverEvent e, int first, int end, Sentence sentence)
    {
        if (e.Category.Type != "THREATEN" || e.Recipients.Count == 0 || end - first != 1
            || !WarningVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(first)))
            return;
        var that = end;
        while (that < Math.Min(sentence.EndToken - 1, end + WarnedThatReach) && !document.MatchWord(that).Equals("that", StringComparison.OrdinalIgnoreCase)
               && document.Tokens[that].Kind is not (TokenKind.Punctuation or TokenKind.Terminal))
            that++;
        if (that + 1 >= sentence.EndToken || !document.MatchWord(that).Equals("that", StringComparison.OrdinalIgnoreCase))
            return;
        var from = document.Tokens[that + 1].Start;
        var until = document.Tokens[Math.Min(sentence.EndToken, that + 1 + WarnedSubjectReach) - 1].End;
        if (e.Recipients.RemoveAll(r => r.Start >= from && r.Start < until && e.Actors.Exists(a => a.Code == r.Code)) > 0 && e.Recipients.Count == 0)
            e.Explanations.Remove("recipient");
    }
}
