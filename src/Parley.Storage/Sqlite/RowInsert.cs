using System.Buffers;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Parley.Storage.Sqlite;

/// <summary>
/// A prepared <c>INSERT</c> of one row, driven through SQLite's own statement API: values are bound by
/// position as they come (<c>row.Int(…).Text(…).Execute()</c>) and text straight from UTF-16, with no
/// boxing and no string copy. Microsoft.Data.Sqlite's command costs a data reader, a UTF-8 copy of every
/// text value and a search of the parameters per row; on 2,000 articles (about 100 rows each) that was
/// a third of the store's time. The statement runs on the connection's current transaction.
/// </summary>
internal sealed class RowInsert : IDisposable
{
    private readonly sqlite3 database;
    private readonly sqlite3_stmt statement;
    private int next = 1;

    // Texts up to this many UTF-8 bytes are encoded on the stack (codes, keys, names, sentences).
    private const int StackText = 1024;

    public RowInsert(SqliteConnection connection, string sql)
    {
        database = connection.Handle!;
        Check(raw.sqlite3_prepare_v2(database, sql, out statement));
    }

    /// <summary>Binds the next column to an integer.</summary>
    public RowInsert Int(long value)
    {
        Check(raw.sqlite3_bind_int64(statement, next++, value));
        return this;
    }

    /// <summary>Binds the next column to a number, or NULL when there is none or it is not finite.</summary>
    public RowInsert Real(double? value)
    {
        Check(value is { } v && double.IsFinite(v) ? raw.sqlite3_bind_double(statement, next++, v) : raw.sqlite3_bind_null(statement, next++));
        return this;
    }

    /// <summary>Binds the next column to a text, or NULL.</summary>
    public RowInsert Text(string? value) => value is null ? Null() : Text(value.AsSpan());

    /// <summary>
    /// Binds the next column to a text, encoded to UTF-8 here: bound as UTF-16, SQLite converted it itself, one
    /// character at a time into memory it allocated per value (6 % of the writer thread's samples).
    /// </summary>
    public RowInsert Text(ReadOnlySpan<char> value)
    {
        // An empty text binds as SQLite always stored it here (UTF-16 from an empty span).
        if (value.IsEmpty)
        {
            Check(raw.sqlite3_bind_text16(statement, next++, value));
            return this;
        }
        var bytes = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (bytes <= StackText)
        {
            Span<byte> utf8 = stackalloc byte[bytes];
            return Utf8(utf8[..Encoding.UTF8.GetBytes(value, utf8)]);
        }
        var rented = ArrayPool<byte>.Shared.Rent(bytes);
        try
        {
            return Utf8(rented.AsSpan(0, Encoding.UTF8.GetBytes(value, rented)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Binds the next column to UTF-8 text.</summary>
    public RowInsert Utf8(ReadOnlySpan<byte> value)
    {
        Check(raw.sqlite3_bind_text(statement, next++, value));
        return this;
    }

    /// <summary>Binds the next column to a piece of a document's text on one line (line breaks as spaces, as extract writes it), or NULL.</summary>
    public RowInsert Line(string text, (int Start, int End)? range) =>
        range is var (start, end) ? Line(text.AsSpan(start, end - start)) : Null();

    /// <summary>Binds the next column to a text on one line: line breaks become spaces, as extract writes it.</summary>
    public RowInsert Line(ReadOnlySpan<char> value)
    {
        if (!value.Contains('\n'))
            return Text(value);
        var copy = ArrayPool<char>.Shared.Rent(value.Length);
        try
        {
            var line = copy.AsSpan(0, value.Length);
            value.Replace(line, '\n', ' ');
            return Text(line);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(copy);
        }
    }

    /// <summary>Binds the next column to a blob.</summary>
    public RowInsert Blob(ReadOnlySpan<byte> value)
    {
        Check(raw.sqlite3_bind_blob(statement, next++, value));
        return this;
    }

    /// <summary>Binds the next column to NULL.</summary>
    public RowInsert Null()
    {
        Check(raw.sqlite3_bind_null(statement, next++));
        return this;
    }

    /// <summary>Inserts the row bound so far and makes the statement ready for the next.</summary>
    public void Execute()
    {
        next = 1;
        var result = raw.sqlite3_step(statement);
        raw.sqlite3_reset(statement);
        if (result != raw.SQLITE_DONE)
            Check(result);
    }

    /// <summary>Inserts the row bound so far; its row id, or null when a conflict clause left it out.</summary>
    public long? ExecuteReturningRowId()
    {
        Execute();
        return raw.sqlite3_changes(database) > 0 ? raw.sqlite3_last_insert_rowid(database) : null;
    }

    public void Dispose() => statement.Dispose();

    private void Check(int result) => Check(database, result);

    /// <summary>Throws what Microsoft.Data.Sqlite would for a failed call of SQLite's API on <paramref name="database"/>.</summary>
    internal static void Check(sqlite3 database, int result)
    {
        if (result != raw.SQLITE_OK)
            throw new SqliteException($"SQLite Error {result}: '{raw.sqlite3_errmsg(database).utf8_to_string()}'.", result, raw.sqlite3_extended_errcode(database));
    }
}
