using Parley.Storage;

namespace Parley.Cli.Commands.Store;

/// <summary>
/// When an ingest sets the store's query indexes aside and builds them once at its end (<c>--bulk</c>,
/// <see cref="IEventStore.DeferQueryIndexes"/>).
/// </summary>
public enum BulkLoad
{
    /// <summary>When the run brings at least as many articles as the store holds (<see cref="StoreIngest.DefersIndexes"/>).</summary>
    Auto,

    /// <summary>Always: even a small run into a large store rebuilds every query index at its end.</summary>
    Always,

    /// <summary>Never: every row goes into every index as it is written.</summary>
    Never,
}
