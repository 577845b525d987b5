using System.Collections.Frozen;

namespace Parley.Events;

public sealed partial class EventFinder
{
    // How many earlier events must set a party across from the actor for it to be the story's counterpart.
    private const int DyadEvidence = 2;

    /// <summary>
    /// Types of act aimed at someone even when the sentence leaves the target unsaid: after "Japan tightened export
    /// curbs on South Korea", "it imposed duties" sanctions Korea. Acts a party does alone (mobilizing, protesting,
    /// meeting many) are not among them; nor are agreeing, asking and refusing, whose unnamed other party the story's
    /// quarrel named wrongly more often than rightly in the tuning articles.
    /// </summary>
    private static readonly FrozenSet<string> AimedTypes = FrozenSet.Create(StringComparer.Ordinal, "ACCUSE", "SANCTION", "THREATEN", "COERCE");

    /// <summary>
    /// An act whose actor is named but whose target is not, of a type aimed at someone, goes to the actor's counterpart
    /// in the dyad the story is about: the party that most often stood across from the actor in the events told before
    /// (its target, or the one who acted on it), when it did so at least twice. One event alone is too weak a sign: the
    /// latest act a party took part in is as often a side matter as the story's quarrel.
    /// </summary>
    private static void AimAtCounterpart(List<PloverEvent> earlier, PloverEvent e)
    {
        if (e.Recipients.Count > 0 || e.Actors.Count == 0 || !AimedTypes.Contains(e.Category.Type))
            return;
        var across = new Dictionary<string, (int Count, Participant Party)>(StringComparer.Ordinal);
        foreach (var previous in earlier)
        {
            var acted = previous.Actors.Exists(a => e.Actors.Exists(x => x.Code == a.Code));
            var received = previous.Recipients.Exists(r => e.Actors.Exists(x => x.Code == r.Code));
            if (acted == received)
                continue;
            foreach (var party in acted ? previous.Recipients : previous.Actors)
                if (!party.AnswersActBefore && !e.Actors.Exists(x => x.Code == party.Code))
                    across[party.Code] = (across.GetValueOrDefault(party.Code).Count + 1, party);
        }
        var best = MostOften(across);
        if (best.Party is null || best.Count < DyadEvidence)
            return;
        // A guess, as an answer's target is: events carrying this one's parties do not inherit it.
        e.Recipients.Add(best.Party with { AnswersActBefore = true });
        e.Explanations["recipient"] = $"events: no target in the sentence; the party most often across from the actor in the events before ({best.Count} times)";
    }

    /// <summary>The party counted most often, and how often; none when another was counted as often.</summary>
    private static (int Count, Participant? Party) MostOften(Dictionary<string, (int Count, Participant Party)> counted)
    {
        var best = (Count: 0, Party: (Participant?)null);
        var tied = false;
        foreach (var (count, party) in counted.Values)
            if (count > best.Count)
                (best, tied) = ((count, party), false);
            else if (count == best.Count)
                tied = true;
        return tied ? (best.Count, null) : best;
    }
}
