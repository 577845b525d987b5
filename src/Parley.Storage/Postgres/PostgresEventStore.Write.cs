using Npgsql;
using Parley.Documents;

namespace Parley.Storage.Postgres;

public sealed partial class PostgresEventStore
{
    // A batch that loses a deadlock or a serialization conflict to another worker is run again, this many times at most.
    private const int Attempts = 5;

    /// <inheritdoc />
    public bool Contains(DocumentIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        return Read(connection =>
        {
            using var command = new NpgsqlCommand("SELECT 1 FROM documents WHERE identity = @identity", connection);
            command.Parameters.AddWithValue("identity", identity.Key);
            return command.ExecuteScalar() is not null;
        });
    }

    /// <inheritdoc />
    public StoreResult Store(IReadOnlyList<Document> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return Store(documents.Select(d => PreparedDocument.Of(d)).ToList(), cancellationToken);
    }

    /// <inheritdoc />
    public StoreResult Store(IReadOnlyList<PreparedDocument> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (documents.Count == 0)
            return default;
        var connection = Writer;
        return InTransaction("write to", () =>
        {
            // Before the transaction: see PostgresPartitions and PostgresSources.
            partitions.Ensure(connection, documents.SelectMany(d => d.Events).Select(e => e.Day));
            return PostgresSources.Ids(connection, documents.Select(d => d.Document.Metadata.Source).ToList());
        }, (writer, sourceIds) =>
        {
            var ids = writer.InsertDocuments(documents, sourceIds);
            var result = default(StoreResult);
            for (var i = 0; i < documents.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                result += ids[i] is { } id ? new StoreResult(1, writer.AddAnnotations(id, documents[i]), 0) : new StoreResult(0, 0, 1);
            }
            writer.WriteAnnotations();
            for (var i = 0; i < documents.Count; i++)
            {
                if (ids[i] is { } id)
                    writer.LinkCopies(id, documents[i].Document);
            }
            writer.RefreshClusters();
            writer.WriteStatistics();
            return result;
        });
    }

    /// <inheritdoc />
    public StoreResult Replace(IReadOnlyList<StoredDocument> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (documents.Count == 0)
            return default;
        var connection = Writer;
        var prepared = documents.Select(d => (d.Id, Prepared: PreparedDocument.Of(d.Document))).ToList();
        return InTransaction("write to", () =>
        {
            partitions.Ensure(connection, prepared.SelectMany(d => d.Prepared.Events).Select(e => e.Day));
            return 0;
        }, (writer, _) =>
        {
            // A replacement deletes rows other workers' happenings count: the whole batch runs under the shared lock.
            writer.LockSharedState();
            var result = default(StoreResult);
            foreach (var (id, document) in prepared)
            {
                cancellationToken.ThrowIfCancellationRequested();
                writer.DeleteAnnotations(id);
                writer.UpdateDocument(id, document);
                result += new StoreResult(1, writer.AddAnnotations(id, document), 0);
                // Written at once: the same document may come again later in the batch and must find these rows to delete.
                writer.WriteAnnotations();
                writer.LinkCopiesIfUnsigned(id, document.Document);
            }
            writer.RefreshClusters();
            writer.WriteStatistics();
            return result;
        });
    }

    /// <summary>
    /// Runs <paramref name="prepare"/> outside any transaction, then <paramref name="work"/> in one, committing it;
    /// both again when the transaction loses a deadlock or a serialization conflict to another worker.
    /// </summary>
    private T InTransaction<T, TPrepared>(string what, Func<TPrepared> prepare, Func<PostgresBatchWriter, TPrepared, T> work)
    {
        var connection = Writer;
        for (var attempt = 1; ; attempt++)
        {
            NpgsqlTransaction? transaction = null;
            try
            {
                var prepared = prepare();
                transaction = connection.BeginTransaction();
                T result;
                using (var writer = new PostgresBatchWriter(connection, clock.GetUtcNow()))
                    result = work(writer, prepared);
                transaction.Commit();
                return result;
            }
            catch (PostgresException e) when (attempt < Attempts && e.SqlState is PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure)
            {
                Rollback(transaction);
            }
            catch (NpgsqlException e)
            {
                Rollback(transaction);
                throw Translate(e, Location, what);
            }
            catch
            {
                Rollback(transaction);
                throw;
            }
            finally
            {
                transaction?.Dispose();
            }
        }
    }

    private static void Rollback(NpgsqlTransaction? transaction)
    {
        try
        {
            transaction?.Rollback();
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            // The server has ended the transaction already (a broken connection); nothing more to undo.
        }
    }

    /// <summary>Runs <paramref name="read"/> on a pooled connection of its own, translating failures.</summary>
    private T Read<T>(Func<NpgsqlConnection, T> read)
    {
        try
        {
            using var connection = dataSource.OpenConnection();
            return read(connection);
        }
        catch (NpgsqlException e)
        {
            throw Translate(e, Location, "read");
        }
    }
}
