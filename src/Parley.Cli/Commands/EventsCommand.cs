using System.CommandLine;
using Parley.Cli.Commands.Store;
using Parley.Cli.Output;

namespace Parley.Cli.Commands;

/// <summary><c>parley events</c>: the stored events that pass the filters, newest first.</summary>
public static class EventsCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliIo io)
    {
        var store = new StoreOption();
        var filters = new EventFilterOptions();
        var format = new Option<string>("--format") { Description = "table (default), csv (GDELT-style columns), jsonl or json (POLECAT field names).", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv", "jsonl", "json");
        var limit = new Option<int>("--limit") { HelpName = "N", Description = "At most N events (default 50; 0 for all).", DefaultValueFactory = _ => 50 };
        var offset = new Option<int>("--offset") { HelpName = "N", Description = "Skip the first N events (for paging)." };
        var command = new Command("events", "List stored events, newest first, filtered by actor, dyad, type, place, date, source… Only asserted events unless --modality says otherwise.");
        command.Options.Add(store.Database);
        filters.AddTo(command);
        command.Options.Add(limit);
        command.Options.Add(offset);
        command.Options.Add(format);
        limit.RequireBetween(0);
        offset.RequireBetween(0);
        command.SetAction((parse, cancellationToken) =>
        {
            using var opened = store.Open(parse, io, create: false);
            if (opened is null)
                return Task.FromResult(StoreExitCodes.StoreFailed);
            var query = filters.ToQuery(parse) with
            {
                Limit = parse.GetValue(limit) is > 0 and var n ? n : null,
                Offset = parse.GetValue(offset),
            };
            EventOutput.Write(io.Out, parse.GetValue(format)!, opened.Events(query, cancellationToken));
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }
}
