using Parley.Mentions;

namespace Parley.Events;

/// <summary>Where and when each event takes place: the place and date mentions it takes.</summary>
public sealed partial class EventFinder
{
    private static void AssignPlaceAndDate(SentenceClauses clause, PloverEvent e, int first, int end)
    {
        if (clause.Nearest(MentionKind.Place, first, end) is { } place)
        {
            e.Location = place.Mention;
            e.Explanations["location"] = "events: the place named nearest the cue";
        }
        if (clause.Nearest(MentionKind.Date, first, end) is { } date)
        {
            e.Date = date.Mention;
            e.Explanations["date"] = "events: the date named nearest the cue";
        }
    }
}
