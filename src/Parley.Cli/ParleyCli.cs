using System.CommandLine;
using Parley.Cli.Commands;

namespace Parley.Cli;

/// <summary>The <c>parley</c> command line: one command per file under <c>Commands/</c>.</summary>
public static class ParleyCli
{
    /// <summary>Parses <paramref name="args"/> and runs the command they name.</summary>
    public static async Task<int> RunAsync(string[] args, CliIo io, CancellationToken cancellationToken = default)
    {
        var root = new RootCommand(
            "Parley turns news about diplomacy, security assistance and conflict into structured, sourced events.\n" +
            "Run 'parley demo' for a first look, or 'parley COMMAND --help' for one command.")
        {
            ExtractCommand.Create(io),
            DemoCommand.Create(io),
            EvalCommand.Create(io),
            LexiconCommand.Create(io),
            IngestCommand.Create(io),
            EventsCommand.Create(io),
            StatsCommand.Create(io),
            SearchCommand.Create(io),
            ShowCommand.Create(io),
            ExportCommand.Create(io),
            CommitmentsCommand.Create(io),
            BriefCommand.Create(io),
            SourcesCommand.Create(io),
            ServeCommand.Create(io),
        };
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
