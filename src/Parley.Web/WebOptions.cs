namespace Parley.Web;

/// <summary>
/// How the web server is set up, read from configuration: <c>Parley:Database</c> (else <c>PARLEY_DB</c>, else
/// <c>parley.db</c>), <c>Parley:ReadOnly</c>, <c>Parley:ApiKey</c> (else <c>PARLEY_API_KEY</c>) and
/// <c>Parley:MaxRequestBytes</c>.
/// </summary>
public sealed record WebOptions
{
    /// <summary>The largest request body <c>POST /api/documents</c> accepts unless configured otherwise: 10 MB.</summary>
    public const long DefaultMaxRequestBytes = 10L * 1024 * 1024;

    /// <summary>The event store: a SQLite file, or a PostgreSQL connection string or URL (a read replica's, say).</summary>
    public required string Database { get; init; }

    /// <summary>True when the server must never write, whatever key is given.</summary>
    public bool ReadOnly { get; init; }

    /// <summary>The key a write must present; null disables writes.</summary>
    public string? ApiKey { get; init; }

    /// <summary>The largest request body accepted for ingest.</summary>
    public long MaxRequestBytes { get; init; } = DefaultMaxRequestBytes;

    /// <summary>True when writes can be made at all: a key is configured and the server is not read-only.</summary>
    public bool WritesEnabled => !ReadOnly && ApiKey is { Length: > 0 };

    /// <summary>The options <paramref name="configuration"/> describes.</summary>
    /// <exception cref="InvalidOperationException">A setting has a value that cannot be used; the message names it.</exception>
    public static WebOptions From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var maxBytes = DefaultMaxRequestBytes;
        if (configuration["Parley:MaxRequestBytes"] is { Length: > 0 } limit && (!long.TryParse(limit, out maxBytes) || maxBytes < 1))
            throw new InvalidOperationException($"Parley:MaxRequestBytes '{limit}' must be a positive number of bytes.");
        var readOnly = false;
        if (configuration["Parley:ReadOnly"] is { Length: > 0 } flag && !bool.TryParse(flag, out readOnly))
            throw new InvalidOperationException($"Parley:ReadOnly '{flag}' must be true or false.");
        return new WebOptions
        {
            Database = NonEmpty(configuration["Parley:Database"]) ?? NonEmpty(configuration["PARLEY_DB"]) ?? "parley.db",
            ReadOnly = readOnly,
            ApiKey = NonEmpty(configuration["Parley:ApiKey"]) ?? NonEmpty(configuration["PARLEY_API_KEY"]),
            MaxRequestBytes = maxBytes,
        };
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
