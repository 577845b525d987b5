namespace Parley.Events;

public sealed partial class EventFinder
{
    /// <summary>
    /// "Crowds attacked the embassies", "protesters set fire to the regional parliament": violence done by protesters
    /// alone is a riot (PLOVER PROTEST, riot), not an armed attack, as violence by soldiers or police breaking into a
    /// place is a seizure (<see cref="SeizureBySecurityForces"/>). A clash between parties keeps its type: both sides fight.
    /// </summary>
    private void RiotByCrowds(SentenceClauses clause, PloverEvent e)
    {
        if (e.Category.Type != "ASSAULT" || e.Pattern.Roles == RoleFrame.Parties || e.Actors.Count == 0
            || !e.Actors.TrueForAll(a => IsCrowd(clause, a)))
            return;
        e.Category = e.PloverCategory = lexicon.Category("PROTEST", "riot");
        e.Explanations["type"] += "; done by protesters, it is a riot, not an armed attack";
    }

    // The role the actor lexicon gives crowds, marchers, rioters and demonstrators alike.
    private static bool IsCrowd(SentenceClauses clause, Participant actor) =>
        clause.Mentions.Exists(m => m.Mention.Start == actor.Start && m.Mention.End == actor.End && m.Mention.Actor?.Role == "protesters");
}
