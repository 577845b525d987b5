using System.Globalization;
using Parley.Documents;
using Parley.Events;
using Parley.Serialization;
using Spectre.Console;

namespace Parley.Cli.Output;

/// <summary>Events for people: one line per event, and on request why each field is what it is.</summary>
public static class EventTable
{
    /// <summary>A table of <paramref name="events"/> of <paramref name="document"/>.</summary>
    public static Table Create(Document document, IEnumerable<PloverEvent> events)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(events);
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn("id").AddColumn("event").AddColumn("modality").AddColumn("who → whom").AddColumn("where").AddColumn("when")
            .AddColumn(new TableColumn("conf").RightAligned()).AddColumn("evidence");
        foreach (var e in events)
        {
            var type = e.Category.Type + (e.Category.Mode is null ? "" : "/" + e.Category.Mode)
                       + (e.PloverCategory == e.Category ? "" : $" ({e.PloverCategory.Type})");
            var modality = e.Modality.ToString().ToLowerInvariant() + (e.Hedged ? ", hedged" : "");
            var parties = $"{Codes(e.Actors)} → {Codes(e.Recipients)}";
            var evidence = string.Join(" · ", e.Evidence.Select(s => ExtractJsonWriter.Flatten(document.Text.AsSpan(s.Start, s.Length))).Distinct());
            table.AddRow(e.Id, type, modality, parties, e.Location?.Place is { } place ? $"{place.Name} {place.Country}" : "-",
                e.Date?.Time?.Value ?? "-", e.Confidence.ToString("0.00", CultureInfo.InvariantCulture), Markup.Escape(evidence));
        }
        return table;
    }

    /// <summary>Writes, event by event, which component and lexicon line produced each field.</summary>
    public static void WriteExplanations(IAnsiConsole console, IEnumerable<PloverEvent> events)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(events);
        foreach (var e in events)
        {
            foreach (var (field, why) in e.Explanations)
                console.MarkupLine($"{e.Id} [grey]{field}[/]: {Markup.Escape(why)}");
        }
    }

    private static string Codes(List<Participant> participants) =>
        participants.Count == 0 ? "-" : string.Join("+", participants.Select(p => $"{p.Code} {p.Sector}").Distinct());
}
