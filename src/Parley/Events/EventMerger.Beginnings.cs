using System.Collections.Frozen;
using Parley.Documents;

namespace Parley.Events;

public sealed partial class EventMerger
{
    // How far after the cue's last word the verb of beginning may stand ("The demonstrations began", "The truce took effect").
    private const int BeginningReach = 2;

    // Words that tell when an act began: "The protests began in late September", "The truce took effect on Saturday".
    private static readonly FrozenSet<string> BeginningWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "began", "begun", "begins", "started", "starts", "erupted", "effect");

    /// <summary>
    /// "The demonstrations began outside parliament on Aug. 25", "The truce took effect on Saturday": a sentence that opens
    /// with a definite noun of the kind and modality of the act <paramref name="k"/> and says when it began tells the day of
    /// that act. The day an earlier sentence gave it was the report's ("announced on Sunday … bowing to a week of protests",
    /// "appeared to be holding on Sunday"), so the two days do not make two acts, and the day it began is the act's.
    /// A verb's word used as a noun ("The protests began") counts as the noun. A noun of another kind ("The fighting erupted on Sunday" after air strikes) may name another act, and keeps its day.
    /// </summary>
    private static bool TellsBeginning(Document document, PloverEvent k, PloverEvent e)
    {
        if (!(e.Pattern.Form == EventForm.Noun || DefiniteNoun(document, e)) || e.Date is null || k.Category != e.Category || k.Modality != e.Modality
            || document.CharSpan(e.Trigger.Start, e.Trigger.End, Alignment.Expand) is not { } span)
            return false;
        var sentence = document.Sentences[e.Sentence];
        if (span.First != sentence.FirstToken + 1
            || !DefiniteDeterminers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(sentence.FirstToken)))
            return false;
        for (var i = span.First + 1; i < sentence.EndToken && i < span.End + BeginningReach; i++)
        {
            if (BeginningWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(i)))
                return true;
        }
        return false;
    }

    /// <summary>Gives <paramref name="k"/> the day its retelling <paramref name="e"/> says it began (see <see cref="TellsBeginning"/>).</summary>
    private static void TakeBeginning(PloverEvent k, PloverEvent e)
    {
        k.Date = e.Date;
        k.Explanations["date"] = "merge: the day a later sentence says it began";
    }
}
