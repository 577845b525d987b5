using Parley.Mentions;
using Parley.Places;

namespace Parley.Events;

public sealed partial class EventFinder
{
    /// <summary>For visits: the place after the cue (or an actor standing for one, "arrived in Washington").</summary>
    private static List<MentionSpan> PlaceRecipient(SentenceClauses clause, int start)
    {
        foreach (var m in clause.Mentions)
        {
            if (m.FirstToken < start || m.Mention.Kind == MentionKind.Date)
                continue;
            if (m.FirstToken - start > ObjectReach || Breaks(clause, start, m.FirstToken))
                return [];
            // "crossed from Chad into Darfur": the place left is not the one reached.
            if (clause.Word(WordBefore(clause, m.FirstToken)).Equals("from", StringComparison.OrdinalIgnoreCase))
                continue;
            if (m.Mention.Place?.Country is not null || m.Mention.Actor is not null)
                return [m];
        }
        return [];
    }

    /// <summary>
    /// A place after the cue stands for its country: right after it ("visited Kharkiv"), or anywhere within
    /// reach when the event strikes places ("fired missiles at targets inside Russia") or goes to them
    /// ("airdropping food into northern Gaza"), as what is no longer given goes to them (<paramref name="givenTo"/>: "would
    /// no longer send weapons to Ukraine"). Places joined to it in a list ("left Mali, Niger and Chad") come with it.
    /// </summary>
    private static List<MentionSpan> TargetPlace(SentenceClauses clause, int start, EventCategory category, bool givenTo = false)
    {
        var destination = category.PlaceIsDestination || givenTo;
        for (var k = 0; k < clause.Mentions.Count; k++)
        {
            var m = clause.Mentions[k];
            if (m.FirstToken < start || m.Mention.Kind == MentionKind.Date)
                continue;
            // Otherwise only a place that is the cue's object itself, with no preposition between: "met in Istanbul" names a venue.
            var reach = category.PlaceIsTarget || (destination && clause.Is(m.FirstToken - 1, DestinationPrepositions)) ? ObjectReach : 0;
            if (m.Mention.Kind != MentionKind.Place || m.FirstToken - start > reach || Breaks(clause, start, m.FirstToken) || clause.CueBetween(start, m.FirstToken))
                return [];
            if (!destination && IsTakenTo(clause, start, m.FirstToken))
                return [];
            return m.Mention.Place?.Country is not null ? Coordinated(clause, k, +1).FindAll(p => p.Mention.Place?.Country is not null) : [];
        }
        return [];
    }

    /// <summary>
    /// Whether the place at token <paramref name="place"/>, after the cue ending at <paramref name="start"/>, is where someone
    /// is taken, not whom a strike or seizure hits: "taking 250 hostages to Gaza", "back into Gaza" (but "fired rockets into
    /// Israel" strikes it, and the cue's own "to" names its target: "laid siege to El Fasher").
    /// </summary>
    private static bool IsTakenTo(SentenceClauses clause, int start, int place)
    {
        var before = WordBefore(clause, place);
        if (before < start)
            return false;
        return clause.Word(before).Equals("to", StringComparison.OrdinalIgnoreCase)
               || (clause.Word(before).Equals("into", StringComparison.OrdinalIgnoreCase) && before - 1 >= start && clause.Word(before - 1).Equals("back", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Whether the place where a violent or coercive event happens, starting at character <paramref name="sceneStart"/>, is
    /// only where its victims are taken after the cue ending at <paramref name="end"/>: "taking 40 hostages to Gaza" does not
    /// strike Gaza's people, whom the captives seldom are (but troops "deployed to the Kursk region" are sent to Russia).
    /// </summary>
    private static bool IsSceneTakenTo(SentenceClauses clause, PloverEvent e, int end, int sceneStart) =>
        e.Category.Type is "ASSAULT" or "COERCE" && clause.Mentions.Exists(m => m.Mention.Start == sceneStart && IsTakenTo(clause, end, m.FirstToken));

    /// <summary>
    /// Whether the event, done by a country's own forces in a place of that country, strikes the people there though no
    /// one is named: arrests and shootings do, fighting between two sides does not (<c>roles/home-striking-kinds.txt</c>).
    /// </summary>
    private bool StrikesPeopleAtHome(PloverEvent e) =>
        e.Pattern.Roles != RoleFrame.Parties && names.StrikesPeopleAtHome(e.Category.Type, e.Category.Mode);

    /// <summary>
    /// When the cue's object at token <paramref name="start"/> is a place named by a common noun ("the city", "the
    /// territory"), the place or country the sentence named last before the cue at <paramref name="first"/>.
    /// </summary>
    private static MentionSpan? PlaceNamedBefore(SentenceClauses clause, int start, int first)
    {
        if (!clause.Is(start, PlaceDeterminers) || !clause.Is(start + 1, PlaceNouns))
            return null;
        var named = clause.Mentions.FindLast(m => m.EndToken <= first
            && (m.Mention.Kind == MentionKind.Place || m.Mention.Place?.Kind is PlaceKind.Country) && m.Mention.Place?.Country is not null);
        return named.Mention is null ? null : named;
    }
}
