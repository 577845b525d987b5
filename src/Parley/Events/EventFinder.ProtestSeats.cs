using Parley.Documents;

namespace Parley.Events;

public sealed partial class EventFinder
{
    // How far after a protest's cue the seat of power it goes to may stand ("rallied on Monday night outside parliament").
    private const int SeatReach = 8;

    /// <summary>
    /// "rallied outside parliament in Tbilisi", "staged a sit-in outside the legislature", "plan to march on State House":
    /// a protest at a seat of power (<c>events/protest-seats.tsv</c>), in its clause, with no party named as its target, is
    /// against the government of the country where it happens.
    /// </summary>
    private Participant? ProtestedSeat(SentenceClauses clause, PloverEvent e, int end)
    {
        var document = clause.Document;
        if (e.Location?.Place?.Country is not { } country)
            return null;
        var limit = Math.Min(clause.Sentence.EndToken, end + SeatReach);
        for (var i = end; i < limit && document.Tokens[i].Kind is not (TokenKind.Punctuation or TokenKind.Terminal); i++)
        {
            if (lexicon.ProtestSeats.LongestAt(document, i, limit) is { } seat)
                return new Participant(document.Tokens[i].Start, document.Tokens[seat.End - 1].End, country, seat.Values[0], null);
        }
        return null;
    }
}
