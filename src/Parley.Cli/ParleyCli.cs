using System.CommandLine;
using Parley.Cli.Commands;

namespace Parley.Cli;

/// <summary>The <c>parley</c> command line: one command per file under <c>Commands/</c>.</summary>
public static class ParleyCli
{
    /// <summary>Every command by the name it answers to (a test checks each name against its command).</summary>
    internal static readonly (string Name, Func<CliIo, Command> Create)[] Commands =
    [
        ("extract", ExtractCommand.Create),
        ("demo", DemoCommand.Create),
        ("eval", EvalCommand.Create),
        ("lexicon", LexiconCommand.Create),
        ("ingest", IngestCommand.Create),
        ("events", EventsCommand.Create),
        ("stats", StatsCommand.Create),
        ("search", SearchCommand.Create),
        ("show", ShowCommand.Create),
        ("export", ExportCommand.Create),
        ("commitments", CommitmentsCommand.Create),
        ("brief", BriefCommand.Create),
        ("sources", SourcesCommand.Create),
        ("serve", ServeCommand.Create),
    ];

    /// <summary>Parses <paramref name="args"/> and runs the command they name.</summary>
    public static async Task<int> RunAsync(string[] args, CliIo io, CancellationToken cancellationToken = default)
    {
        var root = new RootCommand(
            "Parley turns news about diplomacy, security assistance and conflict into structured, sourced events.\n" +
            "Run 'parley demo' for a first look, or 'parley COMMAND --help' for one command.");
        // A command line that names a command needs only that one: building the others would load their
        // types and assemblies (the store's, the web server's) into every short run such as one article's extract.
        var named = Array.Find(Commands, c => args.Length > 0 && args[0] == c.Name);
        foreach (var (_, create) in named.Create is null ? Commands : [named])
            root.Subcommands.Add(create(io));
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
                io.Report(error.Message);
            io.Error.WriteLine("Run 'parley --help' for usage.");
            return ExitCodes.UsageError;
        }
        var configuration = new InvocationConfiguration { Output = io.Out, Error = io.Error, EnableDefaultExceptionHandler = false };
        return await parse.InvokeAsync(configuration, cancellationToken);
    }
}
