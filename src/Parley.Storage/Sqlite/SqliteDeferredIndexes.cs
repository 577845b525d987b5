using Microsoft.Data.Sqlite;

namespace Parley.Storage.Sqlite;

/// <summary>
/// A bulk load's indexes (<see cref="SqliteEventStore.DeferQueryIndexes"/>). Rows arrive in id order, but their
/// entries in an index on a day, a code or a name land all over it: each is a descent, often a page split, and
/// every commit writes back each page a batch touched. <c>CREATE INDEX</c> after the rows are in sorts them once
/// and fills its pages in order. So a load drops the indexes only queries read, listing each with its definition
/// in <c>deferred_indexes</c> in the same transaction, and when it ends builds them again and empties the list in
/// one transaction. A store opened after a crash mid-load finds the list and builds what it names
/// (<see cref="RestoreAfterCrash"/>).
/// <para>
/// While a load runs it holds an exclusive lock on a file beside the store (<c>STORE-bulk</c>); the OS drops
/// the lock when the process dies, however it dies. That tells a load in progress, whose indexes another process
/// must not build under it (the build would hold the write lock for seconds and make the loader's next batch
/// wait past its timeout), from one that crashed; and a second load finding the lock taken writes with the
/// indexes as they are.
/// </para>
/// </summary>
internal sealed class SqliteDeferredIndexes : IDisposable
{
    /// <summary>
    /// The indexes only queries read, which a load may set aside. Kept because the writer reads them: the documents'
    /// identity and every primary key, <c>events_doc</c> (a replaced document's events, a regrouped copy's happenings),
    /// <c>events_cluster</c> (merging and recounting happenings), <c>document_copies_original</c> (re-pointing copies)
    /// and the happening signs' three (linking reports).
    /// </summary>
    private static readonly string[] QueryOnly =
    [
        "documents_source", "events_day", "events_type", "events_country", "participants_code", "participants_name",
        "evidence_sentence", "event_dyads_pair",
    ];

    private readonly SqliteConnection connection;
    private readonly FileStream claim;
    private readonly string path;

    private SqliteDeferredIndexes(SqliteConnection connection, FileStream claim, string path)
    {
        this.connection = connection;
        this.claim = claim;
        this.path = path;
    }

    /// <summary>
    /// Drops the query-only indexes of the store at <paramref name="path"/> until the result is disposed; null when
    /// another load holds them (its indexes are already set aside, and it builds them when it ends).
    /// </summary>
    public static SqliteDeferredIndexes? Defer(SqliteConnection connection, string path)
    {
        if (Claim(path) is not { } claim)
            return null;
        try
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            using var command = Command(connection, transaction,
                $"SELECT name FROM sqlite_master WHERE type = 'index' AND name IN ({string.Join(", ", QueryOnly.Select(n => $"'{n}'"))})");
            var names = new List<string>();
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                    names.Add(reader.GetString(0));
            }
            foreach (var name in names)
            {
                command.CommandText = $"INSERT OR IGNORE INTO deferred_indexes (name, sql) SELECT name, sql FROM sqlite_master WHERE type = 'index' AND name = '{name}'; DROP INDEX \"{name}\";";
                command.ExecuteNonQuery();
            }
            transaction.Commit();
            return new SqliteDeferredIndexes(connection, claim, path);
        }
        catch
        {
            claim.Dispose();
            throw;
        }
    }

    /// <summary>Builds the indexes a load that crashed set aside, unless a load is still running.</summary>
    public static void RestoreAfterCrash(SqliteConnection connection, string path)
    {
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'deferred_indexes'";
            if ((long)command.ExecuteScalar()! == 0)
                return;
            command.CommandText = "SELECT count(*) FROM deferred_indexes";
            if ((long)command.ExecuteScalar()! == 0)
                return;
        }
        using var claim = Claim(path);
        if (claim is not null)
            Restore(connection);
    }

    /// <summary>
    /// Builds the indexes set aside, each in one sort, and releases the load's lock. Meanwhile, on another connection,
    /// the rows the load wrote are copied from the write-ahead log into the store: a load smaller than the log's
    /// threshold left all of them there (on 2,000 articles ~50 MB), and closing the store copied them after the
    /// build, both on one core, at the end of the run. The copy runs beside the build's sorts instead, and the close
    /// copies little more than the new indexes.
    /// </summary>
    /// <exception cref="EventStoreException">They could not be built (disk full…): the list stays, and the next open builds them.</exception>
    public void Dispose()
    {
        using (claim)
        {
            var copying = Task.Run(CopyLogIntoStore);
            try
            {
                Restore(connection);
            }
            catch (SqliteException e)
            {
                throw SqliteEventStore.Translate(e, path, "build the indexes of");
            }
            finally
            {
                copying.Wait();
            }
        }
    }

    /// <summary>
    /// Copies what the log holds into the store as far as no reader needs it (a passive checkpoint, which waits for
    /// no one and runs beside the writer). Only a head start for the close's own checkpoint: a failure here changes
    /// nothing the store holds, so it is left for that one.
    /// </summary>
    private void CopyLogIntoStore()
    {
        try
        {
            using var copier = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString());
            copier.Open();
            using var command = copier.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
            command.ExecuteNonQuery();
        }
        catch (SqliteException)
        {
            // Left to the checkpoint at close.
        }
    }

    /// <summary>The file whose lock a load of the store at <paramref name="path"/> holds.</summary>
    internal static string ClaimPath(string path) => path + "-bulk";

    private static void Restore(SqliteConnection connection)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        using var command = Command(connection, transaction, "SELECT sql FROM deferred_indexes ORDER BY name");
        var definitions = new List<string>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
                definitions.Add(reader.GetString(0));
        }
        // IF NOT EXISTS: a store opened while the load ran may have been migrated, or another process may have built one.
        foreach (var sql in definitions)
        {
            command.CommandText = sql.Replace("CREATE INDEX ", "CREATE INDEX IF NOT EXISTS ", StringComparison.Ordinal);
            command.ExecuteNonQuery();
        }
        command.CommandText = "DELETE FROM deferred_indexes";
        command.ExecuteNonQuery();
        transaction.Commit();
    }

    /// <summary>The load's lock, or null when another process holds it (or the folder cannot be written, so that nothing can be loaded).</summary>
    private static FileStream? Claim(string path)
    {
        try
        {
            // Removed when released; one left by a killed process is taken over and removed by the next claim.
            return new FileStream(ClaimPath(path), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
