using System.Collections.Frozen;

namespace Parley.Events;

public sealed partial class EventFinder
{
    private static readonly FrozenSet<string> VictimPrepositions = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "on", "against");

    /// <summary>
    /// Whether <paramref name="named"/> is whom an act is done to in the subject of the "that"-clause at <paramref name="that"/>
    /// ("warned that any attack on French citizens would meet a response"): the victim of the act a warning speaks of is not
    /// whom it warns, which is whoever would do the act. Only the clause's subject noun phrase ("that" + determiner + noun
    /// + "on"/"against"): in "warned that Russia would retaliate against NATO" the name is whom the warned act is aimed at.
    /// </summary>
    private static bool NamesVictimOfSaidAct(SentenceClauses clause, int that, MentionSpan named) =>
        named.FirstToken == that + 4 && clause.Is(that + 1, NounDeterminers) && clause.Is(that + 3, VictimPrepositions);
}
