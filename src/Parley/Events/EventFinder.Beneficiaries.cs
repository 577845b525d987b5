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
        var received = new Dictionary<string, (int Count, Participant Party)>(StringComparer.Ordinal);
        foreach (var previous in earlier)
        {
            if (previous.Category.Type is not ("AID" or "AGREE"))
                continue;
            foreach (var party in previous.Recipients)
                if (!party.AnswersActBefore && !e.Actors.Exists(x => x.Code == party.Code) && !previous.Actors.Exists(x => x.Code == party.Code))
                    received[party.Code] = (received.GetValueOrDefault(party.Code).Count + 1, party);
        }
        var best = MostOften(received);
        if (best.Party is null)
            return;
        // A guess, as a counterpart is: events carrying this one's parties do not inherit it.
        e.Recipients.Add(best.Party with { AnswersActBefore = true });
        e.Explanations["recipient"] = $"events: a pledge of help naming no one goes where the story's help went ({best.Count} times)";
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
