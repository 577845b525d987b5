using System.Collections.Concurrent;
using Parley.Storage;

namespace Parley.Web.Storage;

/// <summary>
/// Lends the event store to one request at a time. A store (<see cref="EventStores"/>: SQLite, or PostgreSQL,
/// a read replica among them) is not thread-safe, so a request borrows one of a few idle stores (or opens one)
/// and gives it back when done; SQLite's WAL lets these readers work beside one writer. Keeping them open matters on a large store: each open
/// checks the header, the schema and its migrations, and closing the last connection checkpoints the WAL —
/// about 10 ms a request on a store of a million events, against ~1 ms for the query itself.
/// </summary>
/// <param name="options">Where the store is.</param>
public sealed class StoreAccess(WebOptions options) : IDisposable
{
    // More idle stores than cores gain nothing; a burst beyond them opens and closes extra ones.
    private static readonly int MaxIdle = Math.Max(2, Environment.ProcessorCount * 2);

    private readonly ConcurrentBag<IEventStore> idle = [];

    /// <summary>The store: a SQLite file or a PostgreSQL connection string.</summary>
    public string Location => options.Database;

    /// <summary>Runs <paramref name="read"/> on a store lent for it; what it returns must not read the store lazily afterwards.</summary>
    /// <exception cref="EventStoreException">The store cannot be opened or read.</exception>
    public T Read<T>(Func<IEventStore, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var store = idle.TryTake(out var lent) ? lent : EventStores.Open(options.Database, create: false, readOnly: options.ReadOnly);
        try
        {
            var result = read(store);
            GiveBack(store);
            return result;
        }
        catch
        {
            // A store that failed may be in any state: it is not lent again.
            store.Dispose();
            throw;
        }
    }

    /// <summary>Opens the store for writing, creating it when it does not exist yet.</summary>
    /// <exception cref="EventStoreException">The store cannot be opened or created.</exception>
    public IEventStore OpenForWrite() => EventStores.Open(options.Database, create: true);

    /// <summary>Closes the idle stores.</summary>
    public void Dispose()
    {
        while (idle.TryTake(out var store))
            store.Dispose();
    }

    private void GiveBack(IEventStore store)
    {
        if (idle.Count < MaxIdle)
            idle.Add(store);
        else
            store.Dispose();
    }
}
