using System.Collections.Frozen;
using Parley.Documents;

namespace Parley.Events;

public sealed partial class EventFinder
{
    // Words after "the same" that tell when, not what: "met the same day" is no act like one before.
    private static readonly FrozenSet<string> SameTimeNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "day", "night", "morning", "evening", "week", "month", "year", "time", "hour");

    // How many words after the cue "the same" may end in ("demanded the same").
    private const int LikenessReach = 2;

    /// <summary>
    /// "Yoon urged the North to scrap its launch and Kishida demanded the same", "the U.S. military airdropped food into
    /// Gaza, and Jordan and Egypt have carried out similar drops": an act told only as like one before names no one, yet
    /// is done to whom that one was done to — the latest act of its type, in its sentence or the one before, with a
    /// recipient, unless that recipient is the acting side itself. Its recipients keep the mentions they came from.
    /// </summary>
    private static void FollowLikeAct(Document document, PloverEvent e, int first, int end, Sentence sentence,
        List<PloverEvent> earlier, List<(PloverEvent Event, int First, int End)> found)
    {
        if (e.Recipients.Count > 0 || e.Actors.Count == 0 || !TellsLikeAct(document, first, end, sentence))
            return;
        var like = found.TakeWhile(f => f.Event != e).Select(f => f.Event).Reverse().Concat(Enumerable.Reverse(earlier))
            .TakeWhile(a => a.Sentence >= e.Sentence - 1)
            .FirstOrDefault(a => a.Category.Type == e.Category.Type && a.Recipients.Count > 0);
        if (like is null || like.Recipients.Exists(r => e.Actors.Exists(a => a.Code == r.Code)))
            return;
        e.Recipients.AddRange(like.Recipients);
        e.Explanations["recipient"] = $"events: an act told as like one before ({document.Text[like.Trigger.Start..like.Trigger.End]}) is done to whom that one was";
    }

    /// <summary>
    /// Whether the cue's words, or the words right after it, say the act is like one before: "similar" ("voiced similar
    /// concerns") or "the same" ("demanded the same"), but not "the same day".
    /// </summary>
    private static bool TellsLikeAct(Document document, int first, int end, Sentence sentence)
    {
        for (var i = first; i < Math.Min(sentence.EndToken, end + LikenessReach); i++)
        {
            if (document.Tokens[i].Kind is TokenKind.Punctuation or TokenKind.Terminal)
                return false;
            if (document.MatchWord(i).Equals("similar", StringComparison.OrdinalIgnoreCase))
                return true;
            if (i > first && document.MatchWord(i).Equals("same", StringComparison.OrdinalIgnoreCase)
                && document.MatchWord(i - 1).Equals("the", StringComparison.OrdinalIgnoreCase)
                && (i + 1 >= sentence.EndToken || !SameTimeNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(i + 1))))
                return true;
        }
        return false;
    }
}
