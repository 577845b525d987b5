using System.Runtime.InteropServices;
using Parley.Events;

namespace Parley.Storage.Linking;

/// <summary>
/// Keeps each happening's tally up to date as a batch is written, instead of reading every report of every
/// happening the batch touched again: the stored counts (reports per independent source and stance, see
/// <see cref="IHappeningTallies"/>) get the batch's new reports added, and the verdict is drawn from those
/// counts, a few rows per happening where a recount read hundreds of reports (on 10,000 generated articles,
/// 460,256 report rows for 120,875 events). A count can only be added to, not corrected, so a happening
/// is counted again from its events when one of its counts went wrong: when events of it were deleted (a
/// document processed again), or when a regrouping of copies changed the independent source of documents
/// reporting it. Merged happenings' counts are summed where they are merged (<see cref="IHappeningIndex.Merge"/>).
/// </summary>
internal sealed class HappeningCounter(IHappeningTallies tallies)
{
    private readonly List<(string Happening, long Document, HappeningTally.Stance Stance)> reports = [];
    private readonly HashSet<string> removed = new(StringComparer.Ordinal);

    /// <summary>The happenings whose reports' independent sources a regrouping of copies changed (<see cref="DuplicateLinker"/> adds them).</summary>
    public HashSet<string> Regrouped { get; } = new(StringComparer.Ordinal);

    /// <summary>The happenings this batch changed; <see cref="HappeningLinker.Flush"/> adds the ones it merged.</summary>
    public HashSet<string> Touched { get; } = new(StringComparer.Ordinal);

    /// <summary>Records a new report, event <paramref name="e"/> of document <paramref name="document"/>, of happening <paramref name="happening"/>.</summary>
    public void Report(string happening, long document, PloverEvent e)
    {
        reports.Add((happening, document, HappeningTally.StanceOf(e)));
        Touched.Add(happening);
    }

    /// <summary>Records that events of happening <paramref name="happening"/> are being deleted.</summary>
    public void Remove(string happening) => removed.Add(happening);

    /// <summary>
    /// Brings the counts and verdicts of every happening this batch changed up to date. Call once the batch's
    /// happenings are merged and its copies re-pointed (the flushes of <paramref name="linker"/> and of the
    /// duplicate linker), so that every event names its final happening and every document its final source.
    /// </summary>
    public void Refresh(HappeningLinker? linker)
    {
        Func<string, string> current = linker is null ? k => k : linker.Current;
        var recount = new HashSet<string>(Regrouped, StringComparer.Ordinal);
        foreach (var happening in removed)
            recount.Add(current(happening));
        AddNewReports(current, recount);
        if (recount.Count > 0)
            tallies.Add(Aggregate(tallies.Forget(recount)));

        var keys = new HashSet<string>(Touched, StringComparer.Ordinal);
        keys.UnionWith(removed);
        keys.UnionWith(recount);
        if (keys.Count > 0)
        {
            var verdicts = HappeningTally.Of(tallies.Read(keys));
            // In key order, so that concurrent writers lock the rows in one order.
            var told = verdicts.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => (t.Key, t.Value)).ToList();
            var gone = keys.Where(k => !verdicts.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
            tallies.Save(told, gone);
        }
        reports.Clear();
        removed.Clear();
        Regrouped.Clear();
        Touched.Clear();
    }

    /// <summary>Adds the batch's reports to the counts of their happenings, but for those about to be counted again from their events.</summary>
    private void AddNewReports(Func<string, string> current, HashSet<string> recount)
    {
        if (reports.Count == 0)
            return;
        var units = tallies.Units([.. reports.Select(r => r.Document).Distinct()]);
        tallies.Add(Aggregate(reports
            .Select(r => (Happening: current(r.Happening), Unit: units[r.Document], r.Stance))
            .Where(r => !recount.Contains(r.Happening))));
    }

    /// <summary>
    /// The reports per happening, unit and stance, in that order (so that concurrent writers lock the rows in one
    /// order). Counted in a dictionary and sorted once: LINQ's grouping and three-key ordering were about a tenth
    /// of the SQLite writer's own (managed) time.
    /// </summary>
    private static List<(string Happening, long Unit, HappeningTally.Stance Stance, int Reports)> Aggregate(
        IEnumerable<(string Happening, long Unit, HappeningTally.Stance Stance)> rows)
    {
        var counts = new Dictionary<(string Happening, long Unit, HappeningTally.Stance Stance), int>();
        foreach (var row in rows)
            CollectionsMarshal.GetValueRefOrAddDefault(counts, row, out _)++;
        var aggregated = new List<(string Happening, long Unit, HappeningTally.Stance Stance, int Reports)>(counts.Count);
        foreach (var ((happening, unit, stance), reports) in counts)
            aggregated.Add((happening, unit, stance, reports));
        aggregated.Sort(static (a, b) =>
        {
            var order = string.CompareOrdinal(a.Happening, b.Happening);
            return order != 0 ? order : a.Unit != b.Unit ? a.Unit.CompareTo(b.Unit) : a.Stance.CompareTo(b.Stance);
        });
        return aggregated;
    }
}
