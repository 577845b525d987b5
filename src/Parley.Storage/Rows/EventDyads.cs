using Parley.Events;

namespace Parley.Storage.Rows;

/// <summary>
/// The rows an event has in the dyad tables, for every back end: once per unordered pair of actor and
/// recipient codes in <c>event_pairs</c> (an actor acting on its own country too), once per directed pair of
/// distinct codes in <c>event_dyads</c>. Each pair once, however many participants share its codes.
/// </summary>
internal sealed class EventDyads
{
    private readonly List<(string Low, string High)> pairs = [];
    private readonly List<(string Actor, string Recipient)> dyads = [];

    /// <summary>The unordered pairs of the event last read, the smaller code first.</summary>
    public IReadOnlyList<(string Low, string High)> Pairs => pairs;

    /// <summary>The directed pairs of distinct codes of the event last read.</summary>
    public IReadOnlyList<(string Actor, string Recipient)> Dyads => dyads;

    /// <summary>Reads the pairs of <paramref name="e"/>, forgetting those of the event before.</summary>
    public EventDyads Of(PloverEvent e)
    {
        pairs.Clear();
        dyads.Clear();
        foreach (var actor in e.Actors)
        {
            foreach (var recipient in e.Recipients)
            {
                var pair = string.CompareOrdinal(actor.Code, recipient.Code) <= 0 ? (actor.Code, recipient.Code) : (recipient.Code, actor.Code);
                if (!pairs.Contains(pair))
                    pairs.Add(pair);
                if (actor.Code != recipient.Code && !dyads.Contains((actor.Code, recipient.Code)))
                    dyads.Add((actor.Code, recipient.Code));
            }
        }
        return this;
    }
}
