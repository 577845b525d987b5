using Parley.Storage.Sqlite;

namespace Parley.Web.Storage;

/// <summary>
/// Opens the event store for one request. A <see cref="SqliteEventStore"/> is one connection and not
/// thread-safe, so each request opens its own (WAL lets many readers work beside one writer) and
/// disposes it before the response is sent; opening an existing store costs well under a millisecond.
/// </summary>
/// <param name="options">Where the store is.</param>
public sealed class StoreAccess(WebOptions options)
{
    /// <summary>The store's file.</summary>
    public string Location => options.Database;

    /// <summary>Runs <paramref name="read"/> on a store opened for it; what it returns must not read the store lazily afterwards.</summary>
    /// <exception cref="EventStoreException">The store cannot be opened or read.</exception>
    public T Read<T>(Func<IEventStore, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        using var store = SqliteEventStore.Open(options.Database, create: false);
        return read(store);
    }

    /// <summary>Opens the store for writing, creating it when it does not exist yet.</summary>
    /// <exception cref="EventStoreException">The store cannot be opened or created.</exception>
    public IEventStore OpenForWrite() => SqliteEventStore.Open(options.Database, create: true);
}
