using Parley.Documents;
using Parley.Mentions;

namespace Parley.Events;

public sealed partial class EventFinder
{
    // The role that prisoners and detainees share in roles/actor-roles.tsv (hostages have their own: they are another side's people).
    private const string PrisonersRole = "prisoners";

    // The role of hostages and captives in roles/actor-roles.tsv.
    private const string HostagesRole = "hostages";

    /// <summary>
    /// "Belarus frees 52 prisoners", "Lukashenko has freed several hundred political prisoners": prisoners that a state's
    /// government releases, whom no name places, are people it held, its own (a role the lexicon leaves unplaced, since
    /// prisoners told of elsewhere may be anyone's). An armed group's detainees are its enemies' ("the Houthis would free 153
    /// detainees"), so the release must be one state's, by its government or forces of order.
    /// </summary>
    private Participant? PrisonersFreedByState(SentenceClauses clause, PloverEvent e, int objectStart)
    {
        if (e.Category is not { Type: "RETREAT", Mode: "release" } || e.Actors.Count == 0
            || !e.Actors.TrueForAll(a => a.Code == e.Actors[0].Code && a.Sector is "GOV" or "POL" or "JUD") || !EntityRecognizer.IsStateCode(e.Actors[0].Code))
            return null;
        var document = clause.Document;
        for (var i = objectStart; i < clause.Sentence.EndToken && i - objectStart <= ObjectReach; i++)
        {
            if (document.Tokens[i].Kind is TokenKind.Punctuation or TokenKind.Terminal || clause.CueBetween(i, i + 1))
                return null;
            if (names.Roles.LongestAt(document, i, clause.Sentence.EndToken) is not { } match || !match.Values.Any(r => r.Role == PrisonersRole))
                continue;
            var start = document.Tokens[match.Start].Start;
            var finish = document.Tokens[match.End - 1].End;
            return clause.Mentions.Exists(m => m.Mention.Start < finish && start < m.Mention.End)
                ? null : new Participant(start, finish, e.Actors[0].Code, "CVL", null);
        }
        return null;
    }

    /// <summary>
    /// "Under the deal, Hamas is due to release 33 hostages", "Four more hostages are to be freed": hostages that one side
    /// frees, whom no name places, are the people of the side it fights, the one an earlier event of the document sets
    /// against it as the other party (a truce or fighting "between Israel and Hamas"). With no such pairing, none.
    /// </summary>
    private Participant? HostagesOfTheOtherSide(SentenceClauses clause, PloverEvent e, List<PloverEvent> earlier)
    {
        if (e.Category is not { Type: "RETREAT", Mode: "release" } || e.Actors.Count == 0 || !e.Actors.TrueForAll(a => a.Code == e.Actors[0].Code))
            return null;
        var document = clause.Document;
        var sentence = clause.Sentence;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (names.Roles.LongestAt(document, i, sentence.EndToken) is not { } match || !match.Values.Any(r => r.Role == HostagesRole))
                continue;
            var start = document.Tokens[match.Start].Start;
            var finish = document.Tokens[match.End - 1].End;
            if (clause.Mentions.Exists(m => m.Mention.Start < finish && start < m.Mention.End))
                return null;
            return OtherParty(earlier, e.Actors[0].Code) is { } side ? new Participant(start, finish, side, "CVL", null) : null;
        }
        return null;
    }

    /// <summary>
    /// The one side the latest earlier event sets against <paramref name="code"/>: the other party of an act done together
    /// ("a ceasefire between Israel and Hamas"), or the other end of a hostile one ("Israel accused Hamas"); null when
    /// that event has more than one.
    /// </summary>
    private static string? OtherParty(List<PloverEvent> earlier, string code)
    {
        for (var k = earlier.Count - 1; k >= 0; k--)
        {
            var previous = earlier[k];
            List<Participant>? others = previous.Pattern.Roles == RoleFrame.Parties && previous.Actors.Exists(a => a.Code == code) ? previous.Actors
                : previous.Category.Score >= 0 ? null
                : previous.Actors.Exists(a => a.Code == code) ? previous.Recipients
                : previous.Recipients.Exists(r => r.Code == code) ? previous.Actors
                : null;
            if (others is null)
                continue;
            string? other = null;
            foreach (var party in others)
            {
                if (party.Code == code || party.Code == other)
                    continue;
                if (other is not null)
                    return null;
                other = party.Code;
            }
            if (other is not null)
                return other;
        }
        return null;
    }
}
