using Parley.Storage.Querying;

namespace Parley.Storage.Sqlite;

/// <summary>SQLite's event filter expressions: days are ISO text, contexts a JSON text array, NOCASE for names.</summary>
internal sealed class SqliteFilterDialect : IFilterDialect
{
    /// <summary>The one instance.</summary>
    public static SqliteFilterDialect Instance { get; } = new();

    public string EqualsIgnoringCase(string column, string parameter) => $"{column} = {parameter} COLLATE NOCASE";

    // SQLite's LIKE ignores the case of ASCII letters.
    public string ContainsIgnoringCase(string column, string parameter) => $"({column} LIKE {parameter} ESCAPE '\\')";

    public string ContainsContext(string column, string parameter) => $"EXISTS (SELECT 1 FROM json_each({column}) WHERE value = {parameter})";

    // NULL sorts first in SQLite, so last when descending.
    public string NewestFirst(string day, string id) => $"{day} DESC, {id} DESC";

    public object Day(DateOnly day) => PreparedDocument.Iso(day);
}
