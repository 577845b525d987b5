using Npgsql;

namespace Parley.Storage.Postgres;

/// <summary>
/// Reads what <c>--db</c> gives for a PostgreSQL store: an Npgsql connection string (<c>Host=…;Database=…</c>)
/// or a URL (<c>postgres://user:password@host:port/database?sslmode=require</c>), and tells these apart from a
/// SQLite file's path.
/// </summary>
public static class PostgresConnectionString
{
    /// <summary>True when <paramref name="db"/> names a PostgreSQL database rather than a SQLite file.</summary>
    public static bool IsPostgres(string db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var text = db.Trim();
        if (text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
            return true;
        // A key=value list naming a host; a file name with '=' in it has no "Host" key before it.
        return text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Any(part => part.StartsWith("Host=", StringComparison.OrdinalIgnoreCase) || part.StartsWith("Server=", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The Npgsql connection string for <paramref name="db"/>.</summary>
    /// <exception cref="EventStoreException">It is neither a valid connection string nor a valid URL.</exception>
    public static NpgsqlConnectionStringBuilder Parse(string db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var text = db.Trim();
        try
        {
            return text.Contains("://", StringComparison.Ordinal) ? FromUrl(text) : new NpgsqlConnectionStringBuilder(text);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or UriFormatException)
        {
            throw new EventStoreException($"'{Redacted(text)}' is not a PostgreSQL connection string ({e.Message}); give --db \"Host=…;Database=…\" or postgres://user@host:port/database.", e);
        }
    }

    /// <summary>Where the store is, for messages: host, port and database, never the password.</summary>
    public static string Describe(NpgsqlConnectionStringBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return $"postgres://{builder.Host}:{builder.Port}/{builder.Database}";
    }

    private static NpgsqlConnectionStringBuilder FromUrl(string text)
    {
        var url = new Uri(text);
        var builder = new NpgsqlConnectionStringBuilder { Host = url.Host };
        if (url.Port > 0)
            builder.Port = url.Port;
        var database = Uri.UnescapeDataString(url.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
            builder.Database = database;
        if (url.UserInfo.Length > 0)
        {
            var colon = url.UserInfo.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Uri.UnescapeDataString(colon < 0 ? url.UserInfo : url.UserInfo[..colon]);
            if (colon >= 0)
                builder.Password = Uri.UnescapeDataString(url.UserInfo[(colon + 1)..]);
        }
        foreach (var pair in url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
                builder[Uri.UnescapeDataString(pair[..equals])] = Uri.UnescapeDataString(pair[(equals + 1)..]);
        }
        return builder;
    }

    // A URL's password never reaches a message.
    private static string Redacted(string text) =>
        text.Contains("://", StringComparison.Ordinal) && text.IndexOf('@', StringComparison.Ordinal) is var at and > 0 ? "postgres://…" + text[at..] : text.Contains("assword", StringComparison.OrdinalIgnoreCase) ? "(connection string)" : text;
}
