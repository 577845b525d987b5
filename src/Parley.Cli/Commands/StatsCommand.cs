using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Parley.Cli.Commands.Store;
using Parley.Cli.Output;
using Parley.Storage;
using Parley.Storage.Export;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley stats</c>: totals, events by type, month and dyad, and the monthly conflict–cooperation
/// index (mean PLOVER score) of the busiest dyads.
/// </summary>
public static class StatsCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Builds the command.</summary>
    public static Command Create(CliIo io)
    {
        var store = new StoreOption();
        var filters = new EventFilterOptions();
        var format = new Option<string>("--format") { Description = "table (default), csv or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv", "json");
        var command = new Command("stats", "Summarise the event store: totals, events by type, month and dyad, and each busy dyad's monthly conflict–cooperation index (mean PLOVER score, −10 to +10).");
        command.Options.Add(store.Database);
        filters.AddTo(command);
        command.Options.Add(format);
        command.SetAction((parse, cancellationToken) =>
        {
            using var opened = store.Open(parse, io, create: false);
            if (opened is null)
                return Task.FromResult(StoreExitCodes.StoreFailed);
            var stats = opened.Statistics(filters.ToQuery(parse));
            switch (parse.GetValue(format))
            {
                case "json":
                    WriteJson(io.Out, stats);
                    break;
                case "csv":
                    WriteCsv(io.Out, stats);
                    break;
                default:
                    WriteTable(io.Out, stats);
                    break;
            }
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    private static void WriteJson(TextWriter output, StoreStatistics s) =>
        output.WriteLine(JsonSerializer.Serialize(StatisticsJson.From(s), Indented));

    /// <summary>One long table, "section,key,…": easy to filter in a spreadsheet or pandas.</summary>
    private static void WriteCsv(TextWriter output, StoreStatistics s)
    {
        var c = CultureInfo.InvariantCulture;
        output.Write("section,actor,recipient,key,events,score\r\n");
        output.Write(string.Create(c, $"total,,,documents,{s.Totals.Documents},\r\ntotal,,,events,{s.Totals.Events},\r\ntotal,,,sources,{s.Totals.Sources},\r\ntotal,,,matching_events,{s.Events},\r\n"));
        foreach (var t in s.ByType)
            output.Write(string.Create(c, $"type,,,{t.Key},{t.Count},\r\n"));
        foreach (var m in s.ByMonth)
            output.Write(string.Create(c, $"month,,,{m.Key},{m.Count},\r\n"));
        foreach (var d in s.ByDyad)
            output.Write(string.Create(c, $"dyad,{d.Actor},{d.Recipient},,{d.Events},{d.MeanScore}\r\n"));
        foreach (var m in s.Index)
            output.Write(string.Create(c, $"dyad_month,{m.Actor},{m.Recipient},{m.Month},{m.Events},{m.Index}\r\n"));
    }

    private static void WriteTable(TextWriter output, StoreStatistics s)
    {
        var c = CultureInfo.InvariantCulture;
        var console = EventOutput.Console(output);
        console.MarkupLine(Markup.Escape(string.Create(c, $"{s.Totals.Documents:N0} documents ({s.Totals.Copies:N0} copies of others), {s.Totals.Events:N0} events, {s.Totals.Sources:N0} sources; {s.Events:N0} events match.")));
        var types = new Table().Border(TableBorder.Simple).Title("events by type").AddColumn("type").AddColumn(new TableColumn("events").RightAligned());
        foreach (var t in s.ByType)
            types.AddRow(t.Key, t.Count.ToString("N0", c));
        var months = new Table().Border(TableBorder.Simple).Title("events by month").AddColumn("month").AddColumn(new TableColumn("events").RightAligned());
        foreach (var m in s.ByMonth)
            months.AddRow(m.Key, m.Count.ToString("N0", c));
        console.Write(new Columns(types, months) { Expand = false });
        var dyads = new Table().Border(TableBorder.Simple).Title("busiest dyads (score: mean PLOVER score, − conflict, + cooperation)")
            .AddColumn("actor → recipient").AddColumn(new TableColumn("events").RightAligned()).AddColumn(new TableColumn("score").RightAligned()).AddColumn("monthly index");
        foreach (var d in s.ByDyad)
        {
            var monthly = string.Join("  ", s.Index.Where(m => m.Actor == d.Actor && m.Recipient == d.Recipient).Select(m => string.Create(c, $"{m.Month} {m.Index:+0.0;-0.0;0}")));
            dyads.AddRow(Markup.Escape($"{d.Actor} → {d.Recipient}"), d.Events.ToString("N0", c), d.MeanScore.ToString("+0.00;-0.00;0", c), Markup.Escape(monthly));
        }
        console.Write(dyads);
    }
}
