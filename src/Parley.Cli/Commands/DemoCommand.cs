using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Parley.Cli.Commands.Store;
using Parley.Cli.Output;
using Parley.Pipeline;
using Parley.Reading;
using Parley.Storage;
using Parley.Storage.Briefs;
using Parley.Storage.Sqlite;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley demo</c>: ingests the bundled sample corpus into an embedded event store (SQLite) and prints
/// what an analyst asks first — which dyads are most active and which events most outlets told — so a new
/// user sees in one command what Parley reads and keeps.
/// </summary>
public static class DemoCommand
{
    // How many dyads and events the demo lists.
    private const int Shown = 10;

    /// <summary>Builds the command.</summary>
    public static Command Create(CliIo io)
    {
        var samples = new Option<DirectoryInfo?>("--samples")
        {
            Description = "Corpus to run on (default: the samples/ folder of the Parley checkout).",
        };
        var database = new Option<string?>("--db")
        {
            HelpName = "FILE",
            Description = "Keep the event store in FILE to query it afterwards (default: a temporary file, removed at the end).",
        };
        var briefs = new Option<DirectoryInfo?>("--brief-dir")
        {
            HelpName = "DIR",
            Description = "Where to write the brief of the corpus, as parley-brief.md and parley-brief.html (default: the current folder).",
        };
        var command = new Command("demo", "Ingest the bundled sample corpus into an embedded event store, print its dyads and top events, and write a brief of it (Markdown and HTML).");
        command.Options.Add(samples);
        command.Options.Add(database);
        command.Options.Add(briefs);
        command.SetAction((parse, cancellationToken) =>
        {
            var folder = parse.GetValue(samples)?.FullName ?? FindSamples();
            if (folder is null || !Directory.Exists(folder))
            {
                io.Report("cannot find the samples/ folder; pass --samples DIR or run from a Parley checkout.");
                return Task.FromResult(ExitCodes.UsageError);
            }
            var kept = parse.GetValue(database);
            var file = kept ?? Path.Combine(Path.GetTempPath(), $"parley-demo-{Guid.NewGuid():N}.db");
            try
            {
                return Task.FromResult(Run(io, folder, file, parse.GetValue(briefs)?.FullName ?? Environment.CurrentDirectory, cancellationToken));
            }
            finally
            {
                if (kept is null)
                {
                    foreach (var suffix in (string[])["", "-wal", "-shm"])
                        File.Delete(file + suffix);
                }
            }
        });
        return command;
    }

    private static int Run(CliIo io, string folder, string file, string briefFolder, CancellationToken cancellationToken)
    {
        SqliteEventStore store;
        try
        {
            store = SqliteEventStore.Open(file, create: true);
        }
        catch (EventStoreException e)
        {
            io.Report(e.Message);
            return StoreExitCodes.StoreFailed;
        }
        using (store)
        {
            var console = EventOutput.Console(io.Out);
            console.Write(new Rule($"Parley demo: {Markup.Escape(folder)}") { Justification = Justify.Left });
            var clock = Stopwatch.StartNew();
            var ingest = new StoreIngest(io, store, StandardPipeline.Create());
            var source = new DocumentSource(new ReaderOptions());
            var summary = IngestProgress.Run(io, "demo", StoreIngest.EstimateArticles([folder], cancellationToken),
                report => ingest.Ingest(source.Read([folder], io.OpenStandardInput, cancellationToken), report, cancellationToken));
            clock.Stop();

            var all = store.Statistics(new EventQuery { Modality = null });
            var asserted = store.Statistics(new EventQuery());
            console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
                $"{summary.Documents} documents ({all.Totals.Copies} of them copies of another, counted as one source with it) from {all.Totals.Sources} sources, {summary.Failures} failures, in {clock.Elapsed.TotalMilliseconds:N0} ms. " +
                $"{all.Events} events: {asserted.Events} asserted; the other {all.Events - asserted.Events} are future, hypothetical, negated or historical and are not counted below.")));

            var dyads = new Table().Border(TableBorder.Rounded).Title("Most active dyads (asserted events)")
                .AddColumn("actor").AddColumn("recipient").AddColumn(new TableColumn("events").RightAligned())
                .AddColumn(new TableColumn("mean PLOVER score").RightAligned());
            foreach (var dyad in asserted.ByDyad.Take(Shown))
                dyads.AddRow(Markup.Escape(dyad.Actor), Markup.Escape(dyad.Recipient), dyad.Events.ToString(CultureInfo.InvariantCulture),
                    dyad.MeanScore.ToString("+0.0;-0.0;0", CultureInfo.InvariantCulture));
            console.Write(dyads);

            // The events most outlets told, each once (every outlet's copy is stored), then the latest others.
            var top = store.Events(new EventQuery { MinSources = 2, Limit = Shown * 4 }, cancellationToken)
                .Concat(store.Events(new EventQuery { Limit = Shown * 4 }, cancellationToken))
                .DistinctBy(e => (e.Day, e.PloverType, Codes(e.Actors), Codes(e.Recipients))).Take(Shown).ToList();
            console.MarkupLine("[bold]Top asserted events[/] (told by most sources first, then the latest)");
            EventOutput.Write(io.Out, "table", top);

            if (!WriteBriefs(io, store, briefFolder, cancellationToken))
                return ExitCodes.SomeInputsFailed;

            console.MarkupLine("Next: [bold]./parley demo --db parley.db[/] keeps the store; then [bold]./parley events --dyad USA,UKR[/], " +
                "[bold]./parley search \"prisoner swap\"[/], [bold]./parley stats[/], [bold]./parley show EVENT_ID[/], " +
                "[bold]./parley commitments[/], [bold]./parley brief --dyad USA,UKR[/]. " +
                "[bold]./parley extract samples/text/biden-kyiv-visit-2023.txt --format table --explain[/] shows one article's events and why.");
            return summary.Failures > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Success;
        }
    }

    /// <summary>The brief of the whole corpus, as Markdown and HTML files; its summary on the console.</summary>
    private static bool WriteBriefs(CliIo io, SqliteEventStore store, string folder, CancellationToken cancellationToken)
    {
        var brief = BriefCommand.Builder().Build(store, new BriefQuery(), cancellationToken);
        var console = EventOutput.Console(io.Out);
        console.MarkupLine("[bold]Brief of the corpus[/]");
        foreach (var line in brief.Summary)
            console.MarkupLine("  • " + Markup.Escape(line));
        try
        {
            Directory.CreateDirectory(folder);
            foreach (var format in (string[])["md", "html"])
            {
                var path = Path.Combine(folder, "parley-brief." + format);
                using (var writer = new StreamWriter(path))
                    BriefCommand.Write(brief, format, writer);
                console.MarkupLine("  written to " + Markup.Escape(path));
            }
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            io.Report($"{folder}: cannot write the brief ({e.Message}).");
            return false;
        }
    }

    private static string Codes(IReadOnlyList<ParticipantRecord> participants) => string.Join(",", participants.Select(p => p.Code).Order(StringComparer.Ordinal));

    /// <summary>The samples folder: under <c>PARLEY_HOME</c> (set by the <c>./parley</c> launcher), else above the working directory.</summary>
    private static string? FindSamples()
    {
        if (Environment.GetEnvironmentVariable("PARLEY_HOME") is { Length: > 0 } home)
            return Path.Combine(home, "samples");
        for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "samples");
            if (Directory.Exists(candidate) && Directory.Exists(Path.Combine(directory.FullName, "lexicons")))
                return candidate;
        }
        return null;
    }
}
