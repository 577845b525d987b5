namespace Parley.Events;

public sealed partial class EventFinder
{
    /// <summary>
    /// "held talks with Benin, Ghana and Ivory Coast, but no deal has been reached": an agreement that names no party of its
    /// own is the outcome, made or missed, of the talks its sentence told before it, so it is theirs: everyone who met, or,
    /// when a go-between held the talks, the sides it brought together (not the go-between). Without such talks the finder
    /// carries parties as for any act.
    /// </summary>
    private static void TakePartiesOfTalks(PloverEvent agreement, List<(PloverEvent Event, int First, int End)> found)
    {
        if (agreement.Actors.Count > 0 || agreement.Category.Type != "AGREE")
            return;
        foreach (var (talks, _, _) in found)
        {
            if (talks == agreement)
                return;
            if (talks.Category.Type != "CONSULT" || talks.ActorsCarried || talks.Actors.Count + talks.Recipients.Count < 2)
                continue;
            var mediated = talks.Category.Mode == "third-party" && talks.Recipients.Count > 0;
            foreach (var party in mediated ? talks.Recipients : [.. talks.Actors, .. talks.Recipients])
                if (!agreement.Actors.Exists(a => a.Code == party.Code))
                    agreement.Actors.Add(party);
            agreement.Explanations["actor"] = "events: an agreement naming no party is the outcome of the talks told before it: their parties'";
            return;
        }
    }
}
