using Parley.Documents;

namespace Parley.Events;

public sealed partial class EventFinder
{
    // How far after a protest's cue the seat of power it goes to may stand ("rallied on Monday night outside parliament").
    private const int SeatReach = 8;

    /// <summary>
    /// "rallied outside parliament in Tbilisi", "staged a sit-in outside the legislature", "plan to march on State House",
    /// "sending troops to the National Assembly": a protest or a deployment at a seat of power (<c>events/protest-seats.tsv</c>),
    /// in its clause, with no party named as its target, is against the government of the country where it happens — with no
    /// place named, the country of those who act, whose own seat of power it is. Null for other events, or when neither is known.
    /// </summary>
    private (Participant Participant, string How)? SeatOfPowerTargeted(SentenceClauses clause, PloverEvent e, int end)
    {
        if (e.Category.Type is not ("PROTEST" or "MOBILIZE"))
            return null;
        var document = clause.Document;
        var (country, how) = e.Location?.Place?.Country is { } here
            ? (here, "at a seat of power, protesters or troops act against the government of the country where they are")
            : e.Actors.Count > 0 && e.Actors.TrueForAll(a => a.Code == e.Actors[0].Code)
                ? (e.Actors[0].Code, "at a seat of power named with no place, protesters or troops act against their own country's government")
                : (null, "");
        if (country is null)
            return null;
        var limit = Math.Min(clause.Sentence.EndToken, end + SeatReach);
        for (var i = end; i < limit && document.Tokens[i].Kind is not (TokenKind.Punctuation or TokenKind.Terminal); i++)
        {
            if (lexicon.ProtestSeats.LongestAt(document, i, limit) is { } seat)
                return (new Participant(document.Tokens[i].Start, document.Tokens[seat.End - 1].End, country, seat.Values[0], null), how);
        }
        return null;
    }
}
