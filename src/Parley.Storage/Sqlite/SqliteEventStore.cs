using System.Text;
using Microsoft.Data.Sqlite;

namespace Parley.Storage.Sqlite;

/// <summary>
/// The embedded event store: one SQLite file in WAL mode with full synchronous commits, so a killed
/// process or a crash loses at most the batch being written and the file always passes
/// <c>PRAGMA integrity_check</c>. Not thread-safe: one store per thread.
/// </summary>
public sealed partial class SqliteEventStore : IEventStore
{
    private static readonly byte[] Header = Encoding.ASCII.GetBytes("SQLite format 3\0");
    private readonly SqliteConnection connection;
    private readonly Dictionary<string, long> sourceIds = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock readerLock = new();
    private SqliteConnection? reader;

    // When articles were stored and migrations applied: record-keeping only, never an event's date.
    private readonly TimeProvider clock;

    private SqliteEventStore(SqliteConnection connection, string path, TimeProvider clock)
    {
        this.connection = connection;
        this.clock = clock;
        Location = path;
    }

    /// <inheritdoc />
    public string Location { get; }

    /// <summary>The write connection, for tests that need to bend SQLite (a full disk via <c>max_page_count</c>).</summary>
    internal SqliteConnection Connection => connection;

    /// <summary>
    /// Opens the store at <paramref name="path"/>, creating it when <paramref name="create"/> is set, and
    /// brings its schema up to date. A file that is not a SQLite database is never written to.
    /// <paramref name="clock"/> (default: the system's) stamps when articles were stored. A <paramref name="readOnly"/>
    /// store (what <c>parley serve --read-only</c> reads through) is never created, migrated or written: it must
    /// already be at this build's schema, and every write fails.
    /// </summary>
    /// <exception cref="EventStoreException">The file is missing (and not to be created), not a database, corrupt, not Parley's, or cannot be opened for writing.</exception>
    public static SqliteEventStore Open(string path, bool create = true, TimeProvider? clock = null, bool readOnly = false)
    {
        clock ??= TimeProvider.System;
        ArgumentException.ThrowIfNullOrEmpty(path);
        create &= !readOnly;
        if (Directory.Exists(path))
            throw new EventStoreException($"{path} is a folder; give --db a file name such as {Path.Combine(path, "parley.db")}.");
        if (!File.Exists(path))
        {
            if (!create)
                throw new EventStoreException($"{path}: no event store there; run 'parley ingest FILES --db {path}' first.");
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (folder is not null && !Directory.Exists(folder))
                throw new EventStoreException($"{path}: cannot create the event store, the folder {folder} does not exist.");
        }
        else
            CheckHeader(path);
        SqliteLibrary.Configure();
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : create ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite,
            // A pooled connection would keep the file open after Dispose.
            Pooling = false,
        }.ToString());
        try
        {
            connection.Open();
            using (var command = connection.CreateCommand())
            {
                // A 64 MB page cache (default 2 MB): on a store of a million events the writes to its indexes
                // kept re-reading pages from the OS, a third of ingest's CPU time spent in the kernel.
                // A read-only connection reads the journal mode the store was written with; it cannot set one.
                // A new store gets 8 KB pages (a store made before keeps its 4 KB ones: the size can only be set
                // before the first table and the switch to WAL): half the system calls to write the same bytes.
                // The log is copied back into the store when it passes 64 MB rather than SQLite's 4 MB: an index
                // page that every batch touches is then copied once per 64 MB, not at nearly every commit.
                command.CommandText = readOnly
                    ? "PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON; PRAGMA cache_size = -65536;"
                    : "PRAGMA busy_timeout = 5000; PRAGMA page_size = 8192; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; " +
                      "PRAGMA wal_autocheckpoint = 8192; PRAGMA foreign_keys = ON; PRAGMA cache_size = -65536;";
                command.ExecuteNonQuery();
            }
            if (readOnly)
                SqliteMigrator.RequireCurrent(connection, path);
            else
            {
                // Before the migrations, which may change an index a crashed bulk load left unbuilt.
                SqliteDeferredIndexes.RestoreAfterCrash(connection, path);
                SqliteMigrator.Migrate(connection, path, clock);
            }
            return new SqliteEventStore(connection, path, clock);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw Translate(e, path, "open");
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    /// <remarks>
    /// Drops the indexes only queries read until the scope is disposed (<see cref="SqliteDeferredIndexes"/>); when
    /// another process's load holds them, does nothing.
    /// </remarks>
    public IDisposable DeferQueryIndexes()
    {
        try
        {
            return (IDisposable?)SqliteDeferredIndexes.Defer(connection, Location) ?? NothingDeferred.Instance;
        }
        catch (SqliteException e)
        {
            throw Translate(e, Location, "write to");
        }
    }

    /// <summary>Runs <c>PRAGMA integrity_check</c> and returns its verdict ("ok" when sound).</summary>
    public string IntegrityCheck()
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)command.ExecuteScalar()!;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (readerLock)
            reader?.Dispose();
        connection.Dispose();
    }

    /// <summary>A second connection for <see cref="Contains"/>, so that it may run while another thread writes (WAL lets readers and one writer work at once).</summary>
    private SqliteConnection Reader()
    {
        if (reader is null)
        {
            reader = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Location, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            reader.Open();
        }
        return reader;
    }

    /// <summary>Refuses, without writing a byte, a non-empty file that does not start like a SQLite database.</summary>
    private static void CheckHeader(string path)
    {
        Span<byte> head = stackalloc byte[16];
        int read;
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            if (file.Length == 0)
                return;
            read = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new EventStoreException($"{path}: cannot read the event store ({e.Message}).", e);
        }
        if (read < head.Length || !head.SequenceEqual(Header))
            throw new EventStoreException($"{path} is not a SQLite database; it was left untouched. Give --db another file, or move this one away.");
    }

    /// <summary>An exception a user can act on for a SQLite failure while doing <paramref name="what"/>.</summary>
    internal static EventStoreException Translate(SqliteException e, string path, string what) => e.SqliteErrorCode switch
    {
        SQLitePCL.raw.SQLITE_NOTADB or SQLitePCL.raw.SQLITE_CORRUPT =>
            new EventStoreException($"{path} is corrupt or not a SQLite database ({e.Message.TrimEnd('.')}); it was left as it is. Restore a backup or give --db another file.", e),
        SQLitePCL.raw.SQLITE_CANTOPEN =>
            new EventStoreException($"{path}: cannot {what} the event store; check that the folder exists and that you may write there.", e),
        SQLitePCL.raw.SQLITE_READONLY or SQLitePCL.raw.SQLITE_PERM or SQLitePCL.raw.SQLITE_AUTH =>
            new EventStoreException($"{path}: the event store is read-only, so Parley cannot {what} it; make the file and its folder writable.", e),
        SQLitePCL.raw.SQLITE_FULL =>
            new EventStoreException($"{path}: the disk is full; nothing of the last batch was kept. Free some space and run again — stored documents are skipped.", e),
        SQLitePCL.raw.SQLITE_BUSY or SQLitePCL.raw.SQLITE_LOCKED =>
            new EventStoreException($"{path} is locked by another process (another 'parley ingest'?); wait for it to finish.", e),
        _ => new EventStoreException($"{path}: cannot {what} the event store: {e.Message}", e),
    };
}
