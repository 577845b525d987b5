using System.Runtime.InteropServices;
using Npgsql;
using Parley.Duplicates;
using Parley.Storage.Linking;

namespace Parley.Storage.Postgres;

/// <summary>
/// The duplicate tables of a PostgreSQL store, for <see cref="DuplicateLinker"/>. Each query is a round trip
/// to the server, so writes are held back and sent with the next read in one batch, and a document's 42
/// band lookups are one query (a lateral join over its keys) rather than 42.
/// </summary>
internal sealed class PostgresDuplicateIndex(NpgsqlConnection connection) : IDuplicateIndex
{
    private readonly List<(long Id, long Scheme, int Shingles, byte[] Values, SynonymUse Synonyms)> signatures = [];
    private readonly List<(long Key, long Id)> postings = [];
    private readonly List<(long Id, long Original, long Nearest, double Jaccard, double Containment, bool Spun)> copies = [];

    public void AddSignature(long id, long scheme, MinHashSignature signature) =>
        signatures.Add((id, scheme, signature.ShingleCount, MemoryMarshal.AsBytes(signature.Values.AsSpan()).ToArray(), signature.Synonyms));

    public void AddPosting(ulong key, long id) => postings.Add(((long)key, id));

    public void AddCopy(long id, long original, long nearest, double jaccard, double containment, bool spun) =>
        copies.Add((id, original, nearest, jaccard, containment, spun));

    public void ReadBuckets(ReadOnlySpan<ulong> keys, List<(int Band, long Document)> found)
    {
        using var batch = Pending();
        var query = new NpgsqlBatchCommand("""
            SELECT k.band - 1, b.doc_id FROM unnest(@keys) WITH ORDINALITY AS k(key, band)
            CROSS JOIN LATERAL (SELECT doc_id FROM document_bands WHERE key = k.key ORDER BY doc_id DESC LIMIT @walk) b
            ORDER BY k.band, b.doc_id DESC
            """);
        query.Parameters.AddWithValue("keys", MemoryMarshal.Cast<ulong, long>(keys).ToArray());
        query.Parameters.AddWithValue("walk", DuplicateOptions.Default.MaximumBucketWalk);
        batch.BatchCommands.Add(query);
        using var reader = batch.ExecuteReader();
        while (reader.Read())
            found.Add(((int)reader.GetInt64(0), reader.GetInt64(1)));
    }

    public bool ReadSignature(long id, long scheme, uint[] values, out int shingles, out SynonymUse synonyms, out long? original)
    {
        (shingles, synonyms, original) = (0, default, null);
        using var batch = Pending();
        var query = new NpgsqlBatchCommand("""
            SELECT s.scheme, s.shingles, s.minhash, c.original_id, s.canonicals, s.variants FROM document_signatures s LEFT JOIN document_copies c ON c.doc_id = s.doc_id
            WHERE s.doc_id = @id
            """);
        query.Parameters.AddWithValue("id", id);
        batch.BatchCommands.Add(query);
        using var reader = batch.ExecuteReader();
        if (!reader.Read() || reader.GetInt64(0) != scheme)
            return false;
        var blob = (byte[])reader.GetValue(2);
        if (blob.Length != values.Length * sizeof(uint))
            return false;
        blob.CopyTo(MemoryMarshal.AsBytes(values.AsSpan()));
        shingles = reader.GetInt32(1);
        original = reader.IsDBNull(3) ? null : reader.GetInt64(3);
        synonyms = new SynonymUse(reader.GetInt32(4), reader.GetInt32(5));
        return true;
    }

    public bool IsSigned(long id) => Scalar("SELECT 1 FROM document_signatures WHERE doc_id = @id", id) is not null;

    public string? Published(long id) => Scalar("SELECT published FROM documents WHERE id = @id", id) as string;

    // As the happenings are counted (HappeningTally): an outlet-less document is a source of its own.
    public long Unit(long id) => (long)Scalar("SELECT coalesce(source_id, -id) FROM documents WHERE id = @id", id)!;

    public void AddClustersOfGroup(long original, ISet<string> keys)
    {
        using var batch = Pending();
        var query = new NpgsqlBatchCommand("""
            SELECT DISTINCT cluster_key FROM events
            WHERE doc_id = @id OR doc_id IN (SELECT doc_id FROM document_copies WHERE original_id = @id)
            """);
        query.Parameters.AddWithValue("id", original);
        batch.BatchCommands.Add(query);
        using var reader = batch.ExecuteReader();
        while (reader.Read())
            keys.Add(reader.GetString(0));
    }

    public void Repoint(long former, long original)
    {
        using var batch = Pending();
        var update = new NpgsqlBatchCommand("UPDATE document_copies SET original_id = @original WHERE original_id = @former");
        update.Parameters.AddWithValue("former", former);
        update.Parameters.AddWithValue("original", original);
        batch.BatchCommands.Add(update);
        batch.ExecuteNonQuery();
    }

    public void Save()
    {
        using var batch = Pending();
        if (batch.BatchCommands.Count > 0)
            batch.ExecuteNonQuery();
    }

    public void Dispose()
    {
        // Nothing is held open: each query's batch is disposed with it.
    }

    private object? Scalar(string sql, long id)
    {
        using var batch = Pending();
        var query = new NpgsqlBatchCommand(sql);
        query.Parameters.AddWithValue("id", id);
        batch.BatchCommands.Add(query);
        using var reader = batch.ExecuteReader();
        return reader.Read() && !reader.IsDBNull(0) ? reader.GetValue(0) : null;
    }

    /// <summary>A batch holding the writes held back so far (then forgotten), for a read to be added to.</summary>
    private NpgsqlBatch Pending()
    {
        var batch = new NpgsqlBatch(connection);
        if (signatures.Count > 0)
            Insert(batch, "document_signatures (doc_id, scheme, shingles, minhash, canonicals, variants)", "",
                signatures.Select(s => s.Id).ToArray(), signatures.Select(s => s.Scheme).ToArray(), signatures.Select(s => s.Shingles).ToArray(), signatures.Select(s => s.Values).ToArray(),
                signatures.Select(s => s.Synonyms.Canonicals).ToArray(), signatures.Select(s => s.Synonyms.Variants).ToArray());
        if (postings.Count > 0)
            Insert(batch, "document_bands (key, doc_id)", "ON CONFLICT DO NOTHING", postings.Select(p => p.Key).ToArray(), postings.Select(p => p.Id).ToArray());
        if (copies.Count > 0)
            Insert(batch, "document_copies (doc_id, original_id, nearest_id, jaccard, containment, spun)", "",
                copies.Select(c => c.Id).ToArray(), copies.Select(c => c.Original).ToArray(), copies.Select(c => c.Nearest).ToArray(),
                copies.Select(c => c.Jaccard).ToArray(), copies.Select(c => c.Containment).ToArray(), copies.Select(c => c.Spun).ToArray());
        signatures.Clear();
        postings.Clear();
        copies.Clear();
        return batch;
    }

    /// <summary>Adds to <paramref name="batch"/> one INSERT of the rows whose columns are <paramref name="columns"/>, one array each.</summary>
    private static void Insert(NpgsqlBatch batch, string into, string conflict, params object[] columns)
    {
        var names = Enumerable.Range(0, columns.Length).Select(i => "$" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var insert = new NpgsqlBatchCommand($"INSERT INTO {into} SELECT * FROM unnest({string.Join(", ", names)}) {conflict}");
        foreach (var column in columns)
            insert.Parameters.Add(new NpgsqlParameter { Value = column });
        batch.BatchCommands.Add(insert);
    }
}
