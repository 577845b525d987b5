using Parley.Documents;

namespace Parley.Events;

public sealed partial class EventFinder
{
    /// <summary>
    /// A pledge or offer of something given that names no one it is for ("the UAE pledged $35 billion for a coastal
    /// development", "Paris was ready to send rescuers") is for the party the story's help went to: the one most often
    /// the recipient of the aid and agreements told before, when no other party was so as often and it is none of the
    /// pledge's givers. Only giving words of <c>roles/pledge-words.txt</c>: for agreements as a whole the story's other
    /// party was as often wrong as right. Help itself that names no one ("France will provide 500 million euros a year",
    /// coded AGREE only later, when its modality is known) goes the same way.
    /// </summary>
    private void GiveToBeneficiary(Document document, PloverEvent e, int first, int end, List<PloverEvent> earlier)
    {
        if (e.Recipients.Count > 0 || e.Actors.Count == 0 || e.Category.Type is not ("AGREE" or "AID") || !HasGivingWord(document, first, end))
            return;
        GiveToMostReceived(e, earlier.Where(p => p.Category.Type is "AID" or "AGREE"), "events: a pledge of help naming no one goes where the story's help went");
    }

    /// <summary>
    /// Once the whole document is read, a pledge of help still naming no one it is for goes where the document's aid went,
    /// told before or after it: "Paris was ready to send rescuers" in a story whose later paragraphs send aid to Morocco, when
    /// what was told before (Morocco accepting aid from four countries) named only givers. Only aid itself counts here, as
    /// an agreement told later may be one the pledge's receiver makes with others.
    /// </summary>
    private void GiveToReceiverOfStoryAid(Document document, List<PloverEvent> events)
    {
        foreach (var e in events)
        {
            if (e.Recipients.Count > 0 || e.Actors.Count == 0 || e.Category.Type is not ("AGREE" or "AID")
                || document.CharSpan(e.Trigger.Start, e.Trigger.End, Alignment.Expand) is not { } span || !HasGivingWord(document, span.First, span.End))
                continue;
            GiveToMostReceived(e, events.Where(p => p != e && p.Category.Type == "AID"), "events: a pledge of help naming no one goes where the document's aid went");
        }
    }

    /// <summary>
    /// Gives <paramref name="e"/> the party most often the recipient of <paramref name="helps"/> (none of their givers nor of
    /// its own), when no other was so as often.
    /// </summary>
    private static void GiveToMostReceived(PloverEvent e, IEnumerable<PloverEvent> helps, string why)
    {
        var received = new Dictionary<string, (int Count, Participant Party)>(StringComparer.Ordinal);
        foreach (var help in helps)
        {
            foreach (var party in help.Recipients)
                if (!party.AnswersActBefore && !e.Actors.Exists(x => x.Code == party.Code) && !help.Actors.Exists(x => x.Code == party.Code))
                    received[party.Code] = (received.GetValueOrDefault(party.Code).Count + 1, party);
        }
        var best = MostOften(received);
        if (best.Party is null)
            return;
        // A guess, as a counterpart is: events carrying this one's parties do not inherit it.
        e.Recipients.Add(best.Party with { AnswersActBefore = true });
        e.Explanations["recipient"] = $"{why} ({best.Count} times)";
    }

    private bool HasGivingWord(Document document, int first, int end)
    {
        var giving = names.Actors.PledgeWords.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = first; i < end; i++)
            if (giving.Contains(document.MatchWord(i)))
                return true;
        return false;
    }
}
