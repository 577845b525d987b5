using System.CommandLine;
using Parley.Storage;

namespace Parley.Cli.Commands.Store;

/// <summary>
/// <c>--db STORE</c>: the event store the command works on, a SQLite file or a PostgreSQL database
/// (<see cref="EventStores"/>); default <c>$PARLEY_DB</c>, else <c>./parley.db</c>.
/// </summary>
public sealed class StoreOption
{
    /// <summary>The file when neither the option nor <c>PARLEY_DB</c> names one.</summary>
    public const string DefaultFile = "parley.db";

    /// <summary>The option.</summary>
    public Option<string?> Database { get; } = new("--db")
    {
        HelpName = "STORE",
        Description = $"The event store: a SQLite file, or a PostgreSQL database as \"Host=…;Database=…\" or postgres://user@host:port/database. Default: $PARLEY_DB, else ./{DefaultFile}.",
    };

    /// <summary>The store chosen: a file path or a PostgreSQL connection string.</summary>
    public string Path(ParseResult parse) =>
        parse.GetValue(Database) is { Length: > 0 } given ? given
        : Environment.GetEnvironmentVariable("PARLEY_DB") is { Length: > 0 } env ? env
        : DefaultFile;

    /// <summary>Opens the store, or reports why it cannot be opened and returns null.</summary>
    public IEventStore? Open(ParseResult parse, CliIo io, bool create)
    {
        try
        {
            return EventStores.Open(Path(parse), create);
        }
        catch (EventStoreException e)
        {
            io.Report(e.Message);
            return null;
        }
    }
}
