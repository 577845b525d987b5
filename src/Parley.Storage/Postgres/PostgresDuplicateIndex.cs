using System.Runtime.InteropServices;
using Npgsql;
using Parley.Duplicates;
using Parley.Storage.Linking;

namespace Parley.Storage.Postgres;

/// <summary>
/// The duplicate tables of a PostgreSQL store, for <see cref="DuplicateLinker"/>. Each query is a round trip
/// to the server, so writes are held back and sent with the next read in one batch, a document's 42 band
/// lookups are one query (a lateral join over its keys) rather than 42, and the signatures of the documents
/// found in its buckets come back in the same round trip, for the linker to verify each candidate without
/// a query of its own.
/// </summary>
internal sealed class PostgresDuplicateIndex(NpgsqlConnection connection) : IDuplicateIndex
{
    // The documents posted under a set of band keys, at most the bucket walk of each, newest first.
    private const string BucketDocuments = """
        unnest(@keys) WITH ORDINALITY AS k(key, band)
        CROSS JOIN LATERAL (SELECT doc_id FROM document_bands WHERE key = k.key ORDER BY doc_id DESC LIMIT @walk) b
        """;

    private const string SignatureColumns = """
        SELECT s.doc_id, s.scheme, s.shingles, s.minhash, c.original_id, s.canonicals, s.variants, d.published
        FROM document_signatures s JOIN documents d ON d.id = s.doc_id LEFT JOIN document_copies c ON c.doc_id = s.doc_id
        """;

    private readonly List<(long Id, long Scheme, int Shingles, byte[] Values, SynonymUse Synonyms)> signatures = [];
    private readonly List<(long Key, long Id)> postings = [];
    private readonly List<(long Id, long Original, long Nearest, double Jaccard, double Containment, bool Spun)> copies = [];

    // The signatures read with the last bucket lookup (and any read alone since), as stored then: a copy
    // link added or re-pointed since drops what it changes.
    private readonly Dictionary<long, StoredSignature> read = [];

    public void AddSignature(long id, long scheme, MinHashSignature signature)
    {
        read.Remove(id);
        signatures.Add((id, scheme, signature.ShingleCount, MemoryMarshal.AsBytes(signature.Values.AsSpan()).ToArray(), signature.Synonyms));
    }

    public void AddPosting(ulong key, long id) => postings.Add(((long)key, id));

    public void AddCopy(long id, long original, long nearest, double jaccard, double containment, bool spun)
    {
        read.Remove(id);
        copies.Add((id, original, nearest, jaccard, containment, spun));
    }

    public void ReadBuckets(ReadOnlySpan<ulong> keys, List<(int Band, long Document)> found)
    {
        using var batch = Pending();
        var keyValues = MemoryMarshal.Cast<ulong, long>(keys).ToArray();
        var buckets = new NpgsqlBatchCommand($"SELECT k.band - 1, b.doc_id FROM {BucketDocuments} ORDER BY k.band, b.doc_id DESC");
        var candidates = new NpgsqlBatchCommand($"{SignatureColumns} WHERE s.doc_id IN (SELECT b.doc_id FROM {BucketDocuments})");
        foreach (var command in (NpgsqlBatchCommand[])[buckets, candidates])
        {
            command.Parameters.AddWithValue("keys", keyValues);
            command.Parameters.AddWithValue("walk", DuplicateOptions.Default.MaximumBucketWalk);
            batch.BatchCommands.Add(command);
        }
        using var reader = batch.ExecuteReader();
        while (reader.Read())
            found.Add(((int)reader.GetInt64(0), reader.GetInt64(1)));
        read.Clear();
        reader.NextResult();
        ReadSignatures(reader);
    }

    public bool ReadSignature(long id, long scheme, uint[] values, out int shingles, out SynonymUse synonyms, out long? original)
    {
        (shingles, synonyms, original) = (0, default, null);
        if (!Signature(id, out var stored) || stored.Scheme != scheme || stored.Values.Length != values.Length * sizeof(uint))
            return false;
        stored.Values.CopyTo(MemoryMarshal.AsBytes(values.AsSpan()));
        (shingles, synonyms, original) = (stored.Shingles, stored.Synonyms, stored.Original);
        return true;
    }

    public bool IsSigned(long id) => Scalar("SELECT 1 FROM document_signatures WHERE doc_id = @id", id) is not null;

    public string? Published(long id) => read.TryGetValue(id, out var stored) ? stored.Published : Scalar("SELECT published FROM documents WHERE id = @id", id) as string;

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
        read.Clear();
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

    /// <summary>The stored signature of document <paramref name="id"/>, read with the last bucket lookup or now; false when it has none.</summary>
    private bool Signature(long id, out StoredSignature stored)
    {
        if (read.TryGetValue(id, out stored))
            return true;
        using var batch = Pending();
        var query = new NpgsqlBatchCommand($"{SignatureColumns} WHERE s.doc_id = @id");
        query.Parameters.AddWithValue("id", id);
        batch.BatchCommands.Add(query);
        using (var reader = batch.ExecuteReader())
            ReadSignatures(reader);
        return read.TryGetValue(id, out stored);
    }

    /// <summary>Keeps the signatures of the current result (<see cref="SignatureColumns"/>) in <see cref="read"/>.</summary>
    private void ReadSignatures(NpgsqlDataReader reader)
    {
        while (reader.Read())
        {
            read[reader.GetInt64(0)] = new StoredSignature(reader.GetInt64(1), reader.GetInt32(2), (byte[])reader.GetValue(3),
                reader.IsDBNull(4) ? null : reader.GetInt64(4), new SynonymUse(reader.GetInt32(5), reader.GetInt32(6)), reader.IsDBNull(7) ? null : reader.GetString(7));
        }
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

    /// <summary>A document's signature row as stored, with its copy link and publication date.</summary>
    private readonly record struct StoredSignature(long Scheme, int Shingles, byte[] Values, long? Original, SynonymUse Synonyms, string? Published);
}
