using Parley.Documents;
using Parley.Mentions;

namespace Parley.Events;

public sealed partial class EventFinder
{
    /// <summary>
    /// An arrest or a conviction is always of someone, though the text may name no one Parley can code ("police arrested
    /// three suspects", "seven people have been detained", "jailed him for a year"). Such people are, in most tellings,
    /// the arresting state's own: the recipient is taken from the other telling of
    /// the same words when it has one ("sentenced to life" as arrest and as conviction), else the actor's country, else
    /// the country where it happens, else the country the headline names first. Runs once all events of the sentence
    /// have their parties.
    /// </summary>
    private static void GiveHeldPeople(Document document, PloverEvent e, List<(PloverEvent Event, int First, int End)> found)
    {
        if (e.Recipients.Count > 0 || e.Category is not ({ Type: "COERCE", Mode: "arrest" } or { Type: "SANCTION", Mode: "convict" }))
            return;
        var twin = found.Find(f => f.Event != e && f.Event.Trigger == e.Trigger && f.Event.Recipients.Count > 0).Event;
        if (twin is not null)
        {
            e.Recipients.AddRange(twin.Recipients);
            e.Explanations["recipient"] = $"events: those held are whom the other telling of the same words ({twin.Category.Type}) names";
            return;
        }
        var state = e.Actors.Find(a => EntityRecognizer.IsStateCode(a.Code));
        var held = state is not null ? new Participant(state.Start, state.End, state.Code, "CVL", null)
            : e.Location is { Place.Country: { } home } place ? new Participant(place.Start, place.End, home, "CVL", null)
            : StoryCountry(document) is { } story ? story with { Sector = "CVL" }
            : null;
        if (held is null)
            return;
        e.Recipients.Add(held);
        e.Explanations["recipient"] = "events: those held, named by no country, are the people of the arresting state, else of the place, else of the story's country";
    }
}
