using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Parley.Storage.Sqlite;

/// <summary>
/// A prepared <c>SELECT</c> driven through SQLite's own statement API, the reading twin of
/// <see cref="RowInsert"/>: parameters bound by position (<c>query.Int(…).Int(…)</c>), rows stepped with
/// <see cref="Read"/>, columns read in place. The duplicate lookup runs one query per LSH band, 42 per
/// document stored; a Microsoft.Data.Sqlite command would cost a data reader and a parameter search each.
/// Call <see cref="Reset"/> when done with a result, read to its end or not.
/// </summary>
internal sealed class RowQuery : IDisposable
{
    private readonly sqlite3 database;
    private readonly sqlite3_stmt statement;
    private int next = 1;

    public RowQuery(SqliteConnection connection, string sql)
    {
        database = connection.Handle!;
        RowInsert.Check(database, raw.sqlite3_prepare_v2(database, sql, out statement));
    }

    /// <summary>Binds the next parameter to an integer.</summary>
    public RowQuery Int(long value)
    {
        RowInsert.Check(database, raw.sqlite3_bind_int64(statement, next++, value));
        return this;
    }

    /// <summary>Steps to the next row of the result; false when there is none left.</summary>
    public bool Read()
    {
        var result = raw.sqlite3_step(statement);
        if (result == raw.SQLITE_ROW)
            return true;
        if (result != raw.SQLITE_DONE)
            RowInsert.Check(database, result);
        return false;
    }

    /// <summary>Whether column <paramref name="column"/> of the current row is NULL.</summary>
    public bool IsNull(int column) => raw.sqlite3_column_type(statement, column) == raw.SQLITE_NULL;

    /// <summary>Column <paramref name="column"/> of the current row as an integer.</summary>
    public long Int64(int column) => raw.sqlite3_column_int64(statement, column);

    /// <summary>Column <paramref name="column"/> of the current row as a blob, valid until the next step or reset.</summary>
    public ReadOnlySpan<byte> Blob(int column) => raw.sqlite3_column_blob(statement, column);

    /// <summary>Column <paramref name="column"/> of the current row as text, or null.</summary>
    public string? Text(int column) => IsNull(column) ? null : raw.sqlite3_column_text(statement, column).utf8_to_string();

    /// <summary>Ends the current result and makes the query ready to be bound again.</summary>
    public void Reset()
    {
        next = 1;
        raw.sqlite3_reset(statement);
    }

    public void Dispose() => statement.Dispose();
}
