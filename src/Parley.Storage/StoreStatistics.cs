namespace Parley.Storage;

/// <summary>What <see cref="IEventStore.Statistics"/> returns.</summary>
/// <param name="Totals">Everything the store holds, unfiltered.</param>
/// <param name="Events">Events that pass the query.</param>
/// <param name="ByType">Events per PLOVER type, most first.</param>
/// <param name="ByMonth">Events per month, in order.</param>
/// <param name="ByDyad">The dyads with most events, most first.</param>
/// <param name="Index">Monthly conflict–cooperation index of those dyads.</param>
public sealed record StoreStatistics(StoreTotals Totals, long Events, IReadOnlyList<CountRow> ByType, IReadOnlyList<CountRow> ByMonth,
    IReadOnlyList<DyadCount> ByDyad, IReadOnlyList<DyadMonth> Index);
