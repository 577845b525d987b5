using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Parley.Cli.Commands.Store;
using Parley.Cli.Output;
using Parley.Storage;
using Parley.Storage.Export;

namespace Parley.Cli.Commands;

/// <summary><c>parley show</c>: one stored event with its evidence and sources, or one document with its annotations.</summary>
public static class ShowCommand
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>Builds the command.</summary>
    public static Command Create(CliIo io)
    {
        var store = new StoreOption();
        var id = new Argument<string>("id") { Description = "An event id as listed by 'parley events' (123 or e123), or a document id (d45)." };
        var format = new Option<string>("--format") { Description = "text (default) or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("show", "Show one stored event with every evidence sentence and the sources that tell it, or one document (d45) with its metadata, quality, mentions and events.");
        command.Arguments.Add(id);
        command.Options.Add(store.Database);
        command.Options.Add(format);
        command.SetAction((parse, cancellationToken) =>
        {
            var value = parse.GetValue(id)!.Trim();
            var isDocument = value.StartsWith('d') || value.StartsWith('D');
            var digits = isDocument || value.StartsWith('e') || value.StartsWith('E') ? value[1..] : value;
            if (!long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                io.Report($"'{value}' is not an id; give an event id (123 or e123) or a document id (d45).");
                return Task.FromResult(ExitCodes.UsageError);
            }
            using var opened = store.Open(parse, io, create: false);
            if (opened is null)
                return Task.FromResult(StoreExitCodes.StoreFailed);
            var json = parse.GetValue(format) == "json";
            if (isDocument)
            {
                if (opened.FindDocument(number) is not { } document)
                    return NotFound(io, $"no document d{number} in {opened.Location}.");
                if (json)
                    io.Out.WriteLine(JsonSerializer.Serialize(new
                    {
                        id = document.Id, identity = document.Identity, origin = document.Origin, format = document.Format, url = document.Url,
                        title = document.Title, byline = document.Byline, source = document.Source, published = document.Published,
                        quality = document.QualityJson is { } q ? JsonDocument.Parse(q).RootElement : (JsonElement?)null,
                        sentences = document.Sentences, text = document.Text, mentions = document.Mentions, events = document.Events.Select(EventRow.From),
                        copy_of = document.CopyOf, copies = document.Copies,
                    }, Json));
                else
                    WriteDocument(io.Out, document);
            }
            else
            {
                if (opened.FindEvent(number) is not { } detail)
                    return NotFound(io, $"no event {number} in {opened.Location}.");
                if (json)
                    io.Out.WriteLine(JsonSerializer.Serialize(new
                    {
                        @event = EventRow.From(detail.Event),
                        evidence = detail.Evidence,
                        reports = detail.Reports,
                        cluster = new { key = detail.Event.ClusterKey, first_report = detail.FirstReport, last_report = detail.LastReport },
                    }, Json));
                else
                    WriteEvent(io.Out, detail);
            }
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    /// <summary>An event on one line: "e123 2023-02-20 CONSULT/visit USA GOV → UKR GOV at Kyiv (asserted, 0.75): visited".</summary>
    public static string OneLine(EventRecord e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var type = e.PloverMode is null ? e.PloverType : $"{e.PloverType}/{e.PloverMode}";
        var place = e.LocationName is null ? "" : $" at {e.LocationName}";
        return string.Create(CultureInfo.InvariantCulture,
            $"e{e.Id} {e.Day ?? "undated"} {type} {Who(e.Actors)} → {Who(e.Recipients)}{place} ({e.Modality}, {e.Confidence:0.00}): {e.Trigger}");
    }

    private static Task<int> NotFound(CliIo io, string message)
    {
        io.Report(message);
        return Task.FromResult(ExitCodes.SomeInputsFailed);
    }

    private static void WriteEvent(TextWriter output, EventDetail detail)
    {
        var e = detail.Event;
        output.WriteLine(OneLine(e));
        output.WriteLine($"  type as worded: {e.Type}{(e.Mode is null ? "" : "/" + e.Mode)} · CAMEO {e.Cameo} · score {e.Score.ToString("+0.0;-0.0;0", CultureInfo.InvariantCulture)}");
        foreach (var p in e.Actors)
            output.WriteLine($"  actor: {p.Code} {p.Sector}{(p.Name is null ? "" : " " + p.Name)} (\"{p.Text}\")");
        foreach (var p in e.Recipients)
            output.WriteLine($"  recipient: {p.Code} {p.Sector}{(p.Name is null ? "" : " " + p.Name)} (\"{p.Text}\")");
        if (e.LocationName is not null)
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  place: {e.LocationName} {e.Country} ({e.Latitude:0.####}, {e.Longitude:0.####}) from \"{e.LocationText}\""));
        if (e.DateValue is not null)
            output.WriteLine($"  date: {e.DateValue} ({e.DatePrecision})");
        output.WriteLine($"  modality: {e.Modality}{(e.Hedged ? ", hedged" : "")}{(e.Attribution is null ? "" : $", according to \"{e.Attribution}\"")}");
        if (e.Contexts.Count > 0)
            output.WriteLine($"  contexts: {string.Join(", ", e.Contexts)}");
        foreach (var q in e.Quantities)
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  quantity: {q.Value} {q.Unit} (\"{q.Text}\")"));
        output.WriteLine("evidence:");
        foreach (var v in detail.Evidence)
            output.WriteLine($"  [{v.Sentence}] \"{v.Text}\" in: {v.SentenceText}");
        output.WriteLine($"told by {detail.Reports.Count} article(s), {e.Sources} independent source(s): {e.ClusterModality}; first reported {detail.FirstReport ?? "undated"}, last {detail.LastReport ?? "undated"}");
        foreach (var r in detail.Reports)
            output.WriteLine($"  d{r.DocumentId} {r.Published ?? "undated"} {r.Source ?? "unknown source"}: {r.Title ?? "untitled"} {r.Url}{(r.CopyOf is { } o ? $" (copy of d{o})" : "")}".TrimEnd());
    }

    private static void WriteDocument(TextWriter output, DocumentDetail d)
    {
        output.WriteLine($"d{d.Id} {d.Title ?? "untitled"}");
        output.WriteLine($"  published {d.Published ?? "unknown"} · source {d.Source ?? "unknown"} · {d.Format} · {d.Origin}");
        if (d.Url is not null)
            output.WriteLine($"  {d.Url}");
        if (d.Byline is not null)
            output.WriteLine($"  by {d.Byline}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {d.Text.Length:N0} characters, {d.Sentences} sentences, {d.Mentions.Count} mentions, {d.Events.Count} events"));
        if (d.QualityJson is not null)
            output.WriteLine($"  quality: {d.QualityJson}");
        if (d.CopyOf is { } copy)
            output.WriteLine(copy.NearestId == copy.OriginalId
                ? string.Create(CultureInfo.InvariantCulture, $"  {copy.Flag} of d{copy.OriginalId} (similarity {copy.Similarity:0.00})")
                : string.Create(CultureInfo.InvariantCulture, $"  {copy.Flag} of d{copy.OriginalId} (similarity {copy.Similarity:0.00} to d{copy.NearestId}, one of its copies)"));
        if (d.Copies.Count > 0)
            output.WriteLine($"  copies: {string.Join(", ", d.Copies.Select(c => string.Create(CultureInfo.InvariantCulture, $"d{c.CopyId} (similarity {c.Similarity:0.00}{(c.NearestId == d.Id ? "" : $" to d{c.NearestId}")})")))}");
        foreach (var group in d.Mentions.GroupBy(m => m.Kind))
            output.WriteLine($"{group.Key}s: {string.Join("; ", group.Select(m => m.Resolved is null ? m.Text : $"{m.Text} = {m.Resolved}").Distinct(StringComparer.Ordinal))}");
        output.WriteLine("events:");
        foreach (var e in d.Events)
            output.WriteLine("  " + OneLine(e));
    }

    private static string Who(IReadOnlyList<ParticipantRecord> participants) =>
        participants.Count == 0 ? "-" : string.Join(", ", participants.Select(p => $"{p.Code} {p.Sector}").Distinct(StringComparer.Ordinal));
}
