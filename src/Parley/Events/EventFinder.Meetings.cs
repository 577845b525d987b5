namespace Parley.Events;

public sealed partial class EventFinder
{
    /// <summary>
    /// Who hosts a meeting, by its venue (PLOVER manual, CONSULT: the visitor is the actor and the host the recipient
    /// when one side hosts; otherwise every participant is an actor). A meeting told with no visit or host words
    /// ("met", "talks with", "a meeting") names its parties by word order only: held in one party's country it is
    /// its guests' visit to that party ("Trump and Putin met in Anchorage, Alaska"); held elsewhere or nowhere named,
    /// nobody hosts and all who meet act together ("Trump met al-Sharaa in Riyadh"). A meeting "between" parties is
    /// told as reciprocal and stays so. A meeting in a sentence that tells the guests' visit itself ("visited Kyiv and
    /// met Zelensky") is what the visit was for: it takes the host as recipient but is not counted as a second visit.
    /// </summary>
    private void SettleHost(PloverEvent e, List<(PloverEvent Event, int First, int End)> found)
    {
        // Parties carried from the event told before were settled there.
        if (e.Category is not { Type: "CONSULT", Mode: null } || e.Pattern.Roles == RoleFrame.Parties || e.ActorsCarried)
            return;
        List<Participant> parties = [.. e.Actors, .. e.Recipients];
        if (parties.DistinctBy(p => p.Code).Count() < 2)
            return;
        var hosts = e.Location?.Place?.Country is { } venue ? parties.FindAll(p => p.Code == venue) : [];
        e.Actors.Clear();
        e.Recipients.Clear();
        e.Actors.AddRange(parties.Except(hosts));
        if (hosts.Count == 0)
        {
            e.Explanations["actor"] = "events: a meeting in no party's country: all who meet act together";
            e.Explanations.Remove("recipient");
            return;
        }
        e.Recipients.AddRange(hosts);
        var guests = e.Actors;
        if (!found.Exists(f => f.Event != e && f.Event.Category is { Type: "CONSULT", Mode: "visit" } && f.Event.Actors.Exists(a => guests.Exists(g => g.Code == a.Code))))
            e.Category = lexicon.Category("CONSULT", "visit");
        e.Explanations["actor"] = e.Explanations["recipient"] = "events: a meeting in one party's country: that party hosts its guests";
    }

    /// <summary>
    /// "Allies first agreed to aim for 2 percent at a summit in Wales": a gathering of many states named by its noun alone
    /// is not held by the one or two parties the act told before named, so it takes no parties from it.
    /// </summary>
    private static bool GatheringOfMany(PloverEvent e) =>
        e.Category is { Type: "CONSULT", Mode: "multilateral" } && e.Pattern.Form == EventForm.Noun;

    /// <summary>
    /// "Tinubu visits Benue", "the president arrived in Makurdi": a leader's trip to a place of his own country is still a
    /// visit to that place, which the gold codes as its recipient; only other acts lose a recipient coded as their actor.
    /// </summary>
    private static bool IsVisitToPlace(PloverEvent e) =>
        e.Category is { Type: "CONSULT", Mode: "visit" } && e.Pattern.Roles == RoleFrame.SubjectPlace;
}
