using System.CommandLine;
using System.Text;
using Parley.Cli.Commands.Store;
using Parley.Cli.Output;

namespace Parley.Cli.Commands;

/// <summary><c>parley export</c>: the stored events that pass the filters, as files pandas and R load directly.</summary>
public static class ExportCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliIo io)
    {
        var store = new StoreOption();
        var filters = new EventFilterOptions();
        var format = new Option<string>("--format")
        {
            Description = "csv (GDELT-style columns), jsonl (POLECAT field names) or parquet (the jsonl columns; needs --output).",
            Required = true,
        };
        format.AcceptOnlyFromAmong("csv", "jsonl", "parquet");
        var output = new Option<FileInfo?>("--output", "-o") { HelpName = "FILE", Description = "Write to FILE instead of standard output." };
        var command = new Command("export", "Export stored events, filtered like 'parley events' (all of them by default, asserted only unless --modality), as CSV, JSON Lines or Parquet.");
        command.Options.Add(store.Database);
        filters.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(output);
        command.Validators.Add(r =>
        {
            if (r.GetValue(format) == "parquet" && r.GetValue(output) is null)
                r.AddError("--format parquet needs --output FILE (Parquet is binary and written in row groups).");
        });
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var opened = store.Open(parse, io, create: false);
            if (opened is null)
                return StoreExitCodes.StoreFailed;
            var events = opened.Events(filters.ToQuery(parse), cancellationToken);
            var file = parse.GetValue(output);
            long count;
            try
            {
                if (parse.GetValue(format) == "parquet")
                    count = await EventParquet.WriteAsync(file!.FullName, events, cancellationToken).ConfigureAwait(false);
                else if (file is null)
                    count = EventOutput.Write(io.Out, parse.GetValue(format)!, events);
                else
                {
                    await using var writer = new StreamWriter(file.FullName, append: false, new UTF8Encoding(false));
                    count = EventOutput.Write(writer, parse.GetValue(format)!, events);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                io.Report($"{file?.FullName}: cannot write the export ({e.Message}).");
                return ExitCodes.SomeInputsFailed;
            }
            if (file is not null)
                io.Error.WriteLine($"parley: exported {count:N0} events to {file.FullName}.");
            return ExitCodes.Success;
        });
        return command;
    }
}
