using System.Globalization;
using System.Text.Json;
using Parley.Storage;
using Parley.Storage.Export;
using Spectre.Console;

namespace Parley.Cli.Output;

/// <summary>Writes stored events as a table, CSV, JSON Lines or one JSON array, streaming (one event in memory at a time but for the table).</summary>
public static class EventOutput
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Writes <paramref name="events"/> in <paramref name="format"/>; returns how many.</summary>
    public static long Write(TextWriter writer, string format, IEnumerable<EventRecord> events)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(events);
        switch (format)
        {
            case "csv":
                return EventCsv.Write(writer, events);
            case "jsonl":
            {
                long count = 0;
                foreach (var e in events)
                {
                    writer.WriteLine(JsonSerializer.Serialize(EventRow.From(e), Json));
                    count++;
                }
                return count;
            }
            case "json":
            {
                long count = 0;
                writer.Write('[');
                foreach (var e in events)
                {
                    writer.Write(count++ == 0 ? "\n" : ",\n");
                    writer.Write(JsonSerializer.Serialize(EventRow.From(e), Indented));
                }
                writer.WriteLine(count == 0 ? "]" : "\n]");
                return count;
            }
            default:
                return WriteTable(writer, events);
        }
    }

    private static long WriteTable(TextWriter writer, IEnumerable<EventRecord> events)
    {
        var console = Console(writer);
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn(new TableColumn("id").RightAligned()).AddColumn("date").AddColumn("event").AddColumn("who → whom")
            .AddColumn("where").AddColumn("modality").AddColumn(new TableColumn("src").RightAligned()).AddColumn("evidence");
        long count = 0;
        foreach (var e in events)
        {
            table.AddRow(
                e.Id.ToString(CultureInfo.InvariantCulture),
                e.Day ?? "-",
                Markup.Escape(e.PloverMode is null ? e.PloverType : $"{e.PloverType}/{e.PloverMode}"),
                Markup.Escape($"{Who(e.Actors)} → {Who(e.Recipients)}"),
                Markup.Escape(e.LocationName is null ? "-" : $"{e.LocationName} {e.Country}".TrimEnd()),
                e.Modality,
                e.Sources.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(e.Trigger));
            count++;
        }
        if (count == 0)
            writer.WriteLine("No events match.");
        else
            console.Write(table);
        return count;
    }

    /// <summary>A Spectre console on <paramref name="writer"/>; wide when it is not a terminal, where nobody's window limits it.</summary>
    internal static IAnsiConsole Console(TextWriter writer)
    {
        var terminal = ReferenceEquals(writer, System.Console.Out) && !System.Console.IsOutputRedirected;
        var console = AnsiConsole.Create(terminal
            ? new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer) }
            : new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        if (!terminal)
            console.Profile.Width = 160;
        return console;
    }

    private static string Who(IReadOnlyList<ParticipantRecord> participants) =>
        participants.Count == 0 ? "-" : string.Join(", ", participants.Select(p => $"{p.Code} {p.Sector}").Distinct(StringComparer.Ordinal));
}
