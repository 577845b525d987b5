using System.Text.Json;
using Microsoft.Data.Sqlite;
using Parley.Documents;

namespace Parley.Storage.Sqlite;

public sealed partial class SqliteEventStore
{
    /// <inheritdoc />
    public bool Contains(DocumentIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        lock (readerLock)
        {
            try
            {
                using var command = Reader().CreateCommand();
                command.CommandText = "SELECT 1 FROM documents WHERE identity = $identity";
                command.Parameters.AddWithValue("$identity", identity.Key);
                return command.ExecuteScalar() is not null;
            }
            catch (SqliteException e)
            {
                throw Translate(e, Location, "read");
            }
        }
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
        return StoreInParts([documents], cancellationToken);
    }

    /// <inheritdoc />
    public StoreResult StoreInParts(IEnumerable<IReadOnlyList<PreparedDocument>> parts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parts);
        return InTransaction("write to", writer =>
        {
            var result = default(StoreResult);
            foreach (var documents in parts)
            {
                writer.PrefetchHappenings(documents);
                foreach (var prepared in documents)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var document = prepared.Document;
                    var id = writer.InsertDocument(prepared, SourceId(writer, document.Metadata.Source));
                    if (id is not { } documentId)
                    {
                        result += new StoreResult(0, 0, 1);
                        continue;
                    }
                    result += new StoreResult(1, writer.InsertAnnotations(documentId, prepared), 0);
                    writer.LinkCopies(documentId, document);
                }
            }
            writer.CountEvents();
            writer.RefreshClusters();
            return result;
        });
    }

    /// <inheritdoc />
    public StoreResult Replace(IReadOnlyList<StoredDocument> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return InTransaction("write to", writer =>
        {
            var result = default(StoreResult);
            var batch = documents.Select(d => (d.Id, Prepared: PreparedDocument.Of(d.Document))).ToList();
            writer.PrefetchHappenings(batch.Select(d => d.Prepared));
            foreach (var (id, prepared) in batch)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var document = prepared.Document;
                writer.DeleteAnnotations(id);
                writer.UpdateDocument(id, prepared);
                result += new StoreResult(1, writer.InsertAnnotations(id, prepared), 0);
                writer.LinkCopiesIfUnsigned(id, document);
            }
            writer.CountEvents();
            writer.RefreshClusters();
            return result;
        });
    }

    private T InTransaction<T>(string what, Func<SqliteBatchWriter, T> work)
    {
        SqliteTransaction? transaction = null;
        try
        {
            // Immediate: take the write lock now, so a second writer waits here rather than failing halfway.
            transaction = connection.BeginTransaction(deferred: false);
            T result;
            using (var writer = new SqliteBatchWriter(connection, transaction, clock.GetUtcNow()))
                result = work(writer);
            transaction.Commit();
            return result;
        }
        catch (SqliteException e)
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

    private void Rollback(SqliteTransaction? transaction)
    {
        // Source ids handed out inside the transaction no longer exist.
        sourceIds.Clear();
        try
        {
            transaction?.Rollback();
        }
        catch (SqliteException)
        {
            // SQLite has already rolled back after some errors (disk full); nothing more to undo.
        }
        catch (InvalidOperationException)
        {
            // Completed or rolled back already.
        }
    }

    private long? SourceId(SqliteBatchWriter writer, string? source)
    {
        var name = source?.Trim();
        if (string.IsNullOrEmpty(name))
            return null;
        if (!sourceIds.TryGetValue(name, out var id))
        {
            id = writer.SourceId(name);
            sourceIds[name] = id;
        }
        return id;
    }

    /// <summary>The options JSON columns are written with (extract's camelCase names).</summary>
    internal static JsonSerializerOptions JsonOptions => PreparedDocument.JsonOptions;

    internal static string Iso(DateOnly day) => PreparedDocument.Iso(day);
}
