using System.CommandLine;
using Parley.Storage;
using Parley.Storage.Sqlite;

namespace Parley.Cli.Commands.Store;

/// <summary><c>--db FILE</c>: the event store the command works on; default <c>$PARLEY_DB</c>, else <c>./parley.db</c>.</summary>
public sealed class StoreOption
{
    /// <summary>The file when neither the option nor <c>PARLEY_DB</c> names one.</summary>
    public const string DefaultFile = "parley.db";

    /// <summary>The option.</summary>
    public Option<string?> Database { get; } = new("--db")
    {
        HelpName = "FILE",
        Description = $"The event store (a SQLite file). Default: $PARLEY_DB, else ./{DefaultFile}.",
    };

    /// <summary>The file chosen.</summary>
    public string Path(ParseResult parse) =>
        parse.GetValue(Database) is { Length: > 0 } given ? given
        : Environment.GetEnvironmentVariable("PARLEY_DB") is { Length: > 0 } env ? env
        : DefaultFile;

    /// <summary>Opens the store, or reports why it cannot be opened and returns null.</summary>
    public SqliteEventStore? Open(ParseResult parse, CliIo io, bool create)
    {
        try
        {
            return SqliteEventStore.Open(Path(parse), create);
        }
        catch (EventStoreException e)
        {
            io.Report(e.Message);
            return null;
        }
    }
}
