using System.Globalization;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using Parley.Duplicates;
using Parley.Storage.Linking;

namespace Parley.Storage.Sqlite;

/// <summary>
/// The duplicate tables of a SQLite store, for <see cref="DuplicateLinker"/>: every lookup a prepared statement
/// driven through SQLite's own API (<see cref="RowQuery"/>, <see cref="RowInsert"/>), since the linker runs one
/// per LSH band, 42 per document stored.
/// </summary>
internal sealed class SqliteDuplicateIndex : IDuplicateIndex
{
    private readonly SqliteConnection connection;
    private readonly SqliteTransaction transaction;
    private readonly RowInsert insertSignature, insertBand, insertCopy;
    private readonly RowQuery bucket, signatureOf, publishedOf, unitOf, isSigned;

    public SqliteDuplicateIndex(SqliteConnection connection, SqliteTransaction transaction)
    {
        this.connection = connection;
        this.transaction = transaction;
        insertSignature = new RowInsert(connection, "INSERT INTO document_signatures (doc_id, scheme, shingles, minhash, canonicals, variants) VALUES (?, ?, ?, ?, ?, ?)");
        insertBand = new RowInsert(connection, "INSERT OR IGNORE INTO document_bands (key, doc_id) VALUES (?, ?)");
        insertCopy = new RowInsert(connection, "INSERT INTO document_copies (doc_id, original_id, nearest_id, jaccard, containment, spun) VALUES (?, ?, ?, ?, ?, ?)");
        // The walk is written into the statement: a LIMIT bound as a parameter made each lookup cost ~3 µs
        // more (measured: 0.4 against 3.2 µs for an empty bucket), 42 times per document.
        bucket = new RowQuery(connection, string.Create(CultureInfo.InvariantCulture,
            $"SELECT doc_id FROM document_bands WHERE key = ? ORDER BY doc_id DESC LIMIT {DuplicateOptions.Default.MaximumBucketWalk}"));
        signatureOf = new RowQuery(connection, """
            SELECT s.scheme, s.shingles, s.minhash, c.original_id, s.canonicals, s.variants FROM document_signatures s LEFT JOIN document_copies c ON c.doc_id = s.doc_id
            WHERE s.doc_id = ?
            """);
        publishedOf = new RowQuery(connection, "SELECT published FROM documents WHERE id = ?");
        // As the happenings are counted (HappeningTally): an outlet-less document is a source of its own.
        unitOf = new RowQuery(connection, "SELECT coalesce(source_id, -id) FROM documents WHERE id = ?");
        isSigned = new RowQuery(connection, "SELECT 1 FROM document_signatures WHERE doc_id = ?");
    }

    public void AddSignature(long id, long scheme, MinHashSignature signature) =>
        insertSignature.Int(id).Int(scheme).Int(signature.ShingleCount).Blob(MemoryMarshal.AsBytes(signature.Values.AsSpan()))
            .Int(signature.Synonyms.Canonicals).Int(signature.Synonyms.Variants).Execute();

    public void ReadBuckets(ReadOnlySpan<ulong> keys, List<(int Band, long Document)> postings)
    {
        for (var band = 0; band < keys.Length; band++)
        {
            bucket.Int((long)keys[band]);
            while (bucket.Read())
                postings.Add((band, bucket.Int64(0)));
            bucket.Reset();
        }
    }

    public void AddPosting(ulong key, long id) => insertBand.Int((long)key).Int(id).Execute();

    public bool ReadSignature(long id, long scheme, uint[] values, out int shingles, out SynonymUse synonyms, out long? original)
    {
        (shingles, synonyms, original) = (0, default, null);
        try
        {
            if (!signatureOf.Int(id).Read() || signatureOf.Int64(0) != scheme)
                return false;
            var blob = signatureOf.Blob(2);
            if (blob.Length != values.Length * sizeof(uint))
                return false;
            blob.CopyTo(MemoryMarshal.AsBytes(values.AsSpan()));
            shingles = (int)signatureOf.Int64(1);
            original = signatureOf.IsNull(3) ? null : signatureOf.Int64(3);
            synonyms = new SynonymUse((int)signatureOf.Int64(4), (int)signatureOf.Int64(5));
            return true;
        }
        finally
        {
            signatureOf.Reset();
        }
    }

    public bool IsSigned(long id)
    {
        var signed = isSigned.Int(id).Read();
        isSigned.Reset();
        return signed;
    }

    public string? Published(long id)
    {
        var published = publishedOf.Int(id).Read() ? publishedOf.Text(0) : null;
        publishedOf.Reset();
        return published;
    }

    public long Unit(long id)
    {
        unitOf.Int(id).Read();
        var unit = unitOf.Int64(0);
        unitOf.Reset();
        return unit;
    }

    public void AddCopy(long id, long original, long nearest, double jaccard, double containment, bool spun) =>
        insertCopy.Int(id).Int(original).Int(nearest).Real(jaccard).Real(containment).Int(spun ? 1 : 0).Execute();

    public void AddClustersOfGroup(long original, ISet<string> keys)
    {
        using var command = Command("""
            SELECT DISTINCT cluster_key FROM events
            WHERE doc_id = $former OR doc_id IN (SELECT doc_id FROM document_copies WHERE original_id = $former)
            """);
        command.Parameters.AddWithValue("$former", original);
        using var reader = command.ExecuteReader();
        while (reader.Read())
            keys.Add(reader.GetString(0));
    }

    // Every row is written as it comes: nothing is held back.
    public void Save()
    {
    }

    public void Repoint(long former, long original)
    {
        using var command = Command("UPDATE document_copies SET original_id = $original WHERE original_id = $former");
        command.Parameters.AddWithValue("$former", former);
        command.Parameters.AddWithValue("$original", original);
        command.ExecuteNonQuery();
    }

    private SqliteCommand Command(string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    public void Dispose()
    {
        foreach (var statement in new IDisposable[] { insertSignature, insertBand, insertCopy, bucket, signatureOf, publishedOf, unitOf, isSigned })
            statement.Dispose();
    }
}
