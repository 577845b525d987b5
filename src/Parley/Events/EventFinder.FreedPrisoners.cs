using Parley.Documents;
using Parley.Mentions;

namespace Parley.Events;

public sealed partial class EventFinder
{
    // The role that prisoners and detainees share in roles/actor-roles.tsv (hostages have their own: they are another side's people).
    private const string PrisonersRole = "prisoners";

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
}
