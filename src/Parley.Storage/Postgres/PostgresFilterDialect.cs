using Parley.Storage.Querying;

namespace Parley.Storage.Postgres;

/// <summary>PostgreSQL's event filter expressions: days are dates, contexts a jsonb array, names compared lower-cased.</summary>
internal sealed class PostgresFilterDialect : IFilterDialect
{
    /// <summary>The one instance.</summary>
    public static PostgresFilterDialect Instance { get; } = new();

    // lower(name) is what participants_name indexes.
    public string EqualsIgnoringCase(string column, string parameter) => $"lower({column}) = lower({parameter})";

    public string ContainsIgnoringCase(string column, string parameter) => $"({column} ILIKE {parameter} ESCAPE '\\')";

    public string ContainsContext(string column, string parameter) => $"{column} @> jsonb_build_array({parameter}::text)";

    // NULL sorts first when descending in PostgreSQL; SQLite puts it last, and both must page alike.
    public string NewestFirst(string day, string id) => $"{day} DESC NULLS LAST, {id} DESC";

    public object Day(DateOnly day) => day;
}
