using Parley.Storage.Commitments;

namespace Parley.Storage.Briefs;

/// <summary>An analyst's brief on a set of stored events, every line citing the event it rests on.</summary>
/// <param name="Subject">What it is about ("United States and Ukraine").</param>
/// <param name="Summary">The headline summary: what happened, between whom, where and when.</param>
/// <param name="Timeline">Asserted events, one per happening, in time order; confirmed ones (two or more sources) say so.</param>
/// <param name="Meetings">Who met whom, where.</param>
/// <param name="Commitments">Aid commitments with amounts, from the commitments ledger.</param>
/// <param name="Disputes">Accusations, rejections, threats, protests, sanctions, coercion and attacks.</param>
/// <param name="Speculative">What is only expected, planned or speculated.</param>
/// <param name="Agenda">PLOVER contexts of the events, most frequent first.</param>
/// <param name="Index">Per month, the events and the mean PLOVER score (− conflict, + cooperation).</param>
/// <param name="Events">How many stored events the brief read.</param>
public sealed record Brief(
    string Subject, IReadOnlyList<string> Summary, IReadOnlyList<BriefLine> Timeline, IReadOnlyList<BriefLine> Meetings,
    IReadOnlyList<Commitment> Commitments, IReadOnlyList<BriefLine> Disputes, IReadOnlyList<BriefLine> Speculative,
    IReadOnlyList<(string Context, int Events)> Agenda, IReadOnlyList<(string Month, int Events, double Score)> Index, int Events)
{
    /// <summary>Every event a line of the brief cites, each once, in the order first cited.</summary>
    public IReadOnlyList<EventRecord> Citations =>
        Timeline.Concat(Meetings).Concat(Disputes).Concat(Speculative).Select(l => l.Evidence).Concat(Commitments.Select(c => c.Evidence))
            .DistinctBy(e => e.Id).ToList();
}
