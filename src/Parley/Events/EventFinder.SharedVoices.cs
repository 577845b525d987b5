using System.Collections.Frozen;
using Parley.Documents;

namespace Parley.Events;

public sealed partial class EventFinder
{
    // Objects that stand for the wrong just named, whoever named it: "Iran called it piracy", "denounced this as theft".
    private static readonly FrozenSet<string> WrongJustNamed = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "it", "this");

    /// <summary>
    /// "Turkey condemned the seizure as a heinous attack, and Iran called it piracy": a condemnation whose object is only
    /// "it", told right after another side's condemnation (in its sentence or the one before), is one more voice on the
    /// same wrong and is aimed where that one was. An object with words of its own ("called the attack a massacre",
    /// "called her remarks meddling") names its own wrong, which may be another. Not when the side it would blame is the
    /// one condemning.
    /// </summary>
    private static void JoinVoiceJustBefore(Document document, PloverEvent e, int first, int end, Sentence sentence,
        List<(PloverEvent Event, int First, int End)> found, List<PloverEvent> earlier)
    {
        if (e.Recipients.Count > 0 || e.Actors.Count == 0 || e.Category.Type != "ACCUSE")
            return;
        // The object follows the verb when the cue reaches past it ("called it piracy"), else the cue's words ("condemned it").
        var objectStart = e.Pattern.Text.Contains("...", StringComparison.Ordinal) ? first + 1 : end;
        if (objectStart >= sentence.EndToken || !WrongJustNamed.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(objectStart)))
            return;
        var before = found.TakeWhile(f => f.Event != e).Select(f => f.Event).Reverse().Concat(Enumerable.Reverse(earlier)).FirstOrDefault();
        if (before is not { Category.Type: "ACCUSE", Recipients.Count: > 0 } || before.Sentence < e.Sentence - 1)
            return;
        bool Ours(Participant p) => e.Actors.Exists(a => a.Code == p.Code);
        if (before.Actors.Exists(Ours) || before.Recipients.Exists(Ours))
            return;
        e.Recipients.AddRange(before.Recipients);
        e.Explanations["recipient"] = $"events: a condemnation of \"it\" joins the one told just before it ({before.Trigger})";
    }
}
