using Microsoft.Data.Sqlite;

namespace Parley.Storage.Sqlite;

/// <summary>
/// A prepared <c>INSERT</c> of one row and its parameters in column order, set by position so that a row
/// costs no search of the parameter collection by name.
/// </summary>
/// <param name="Command">The prepared statement.</param>
/// <param name="Values">Its parameters, one per column, in column order.</param>
internal sealed record RowInsert(SqliteCommand Command, SqliteParameter[] Values)
{
    /// <summary>Inserts one row; <paramref name="values"/> are in column order (null for SQL NULL).</summary>
    public void Insert(params ReadOnlySpan<object?> values)
    {
        for (var i = 0; i < values.Length; i++)
            Values[i].Value = values[i] ?? DBNull.Value;
        Command.ExecuteNonQuery();
    }
}
