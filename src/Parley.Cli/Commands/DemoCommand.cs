using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Parley.Cli.Output;
using Parley.Documents;
using Parley.Events;
using Parley.Mentions;
using Parley.Pipeline;
using Parley.Reading;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley demo</c>: runs Parley over the bundled sample corpus and prints a summary, so a new user
/// sees in one command what it reads and how.
/// </summary>
public static class DemoCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliIo io)
    {
        var samples = new Option<DirectoryInfo?>("--samples")
        {
            Description = "Corpus to run on (default: the samples/ folder of the Parley checkout).",
        };
        var command = new Command("demo", "Process the bundled sample corpus and print its events and a summary of what was read.");
        command.Options.Add(samples);
        command.SetAction((parse, cancellationToken) =>
        {
            var folder = parse.GetValue(samples)?.FullName ?? FindSamples();
            if (folder is null || !Directory.Exists(folder))
            {
                io.Report("cannot find the samples/ folder; pass --samples DIR or run from a Parley checkout.");
                return Task.FromResult(ExitCodes.UsageError);
            }
            return Task.FromResult(Run(io, folder, cancellationToken));
        });
        return command;
    }

    private static int Run(CliIo io, string folder, CancellationToken cancellationToken)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(io.Out) });
        var documents = new List<Document>();
        var clock = Stopwatch.StartNew();
        var summary = new DocumentRun(io, StandardPipeline.Create())
            .Execute(new DocumentSource(new ReaderOptions()).Read([folder], io.OpenStandardInput, cancellationToken), documents.Add, cancellationToken);
        clock.Stop();

        var table = new Table().Border(TableBorder.Rounded).Title($"Parley demo: {Markup.Escape(folder)}")
            .AddColumn("format").AddColumn("published").AddColumn("source").AddColumn("title")
            .AddColumn(new TableColumn("units").RightAligned()).AddColumn("main actors");
        foreach (var document in documents)
        {
            var m = document.Metadata;
            table.AddRow(m.Format, m.Published?.Date.ToString() ?? "-", Markup.Escape(m.Source ?? "-"),
                Markup.Escape(Shorten(m.Title ?? Path.GetFileName(m.Origin), 60)),
                document.Sentences.Length.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(MainActors(document)));
        }
        console.Write(table);

        var units = documents.SelectMany(d => d.Sentences.Select(s => d.Blocks[s.Block].Kind)).ToArray();
        var characters = documents.Sum(d => (long)d.Text.Length);
        var mentions = documents.SelectMany(d => d.Mentions).ToArray();
        console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
            $"{mentions.Count(x => x.Kind == MentionKind.Actor)} actor, {mentions.Count(x => x.Kind == MentionKind.Place)} place and " +
            $"{mentions.Count(x => x.Kind == MentionKind.Date)} date mentions.")));
        console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
            $"{summary.Documents} documents, {units.Count(k => k == BlockKind.Paragraph)} sentences, {units.Count(k => k == BlockKind.Heading)} headings, " +
            $"{units.Count(k => k == BlockKind.ListItem)} list items, {documents.Count(d => d.Metadata.Published is not null)} with a publication date, " +
            $"{summary.Failures} failures; {characters:N0} characters in {clock.Elapsed.TotalMilliseconds:N0} ms.")));
        var events = documents.SelectMany(d => d.Events).ToArray();
        var byModality = string.Join(", ", events.GroupBy(e => e.Modality).OrderBy(g => g.Key)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Count()} {g.Key.ToString().ToLowerInvariant()}")));
        console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
            $"{events.Length} events: {byModality}; {documents.Count(d => d.Quality?.Flags.Contains("low-information") == true)} documents flagged low-information, {documents.Count(d => d.Quality?.Flags.Contains("speculative") == true)} speculative.")));
        foreach (var document in documents.Where(d => d.Events.Any(e => e.Modality == EventModality.Asserted)))
        {
            console.Write(new Rule(Markup.Escape(Shorten(document.Metadata.Title ?? Path.GetFileName(document.Metadata.Origin), 70))) { Justification = Justify.Left });
            console.Write(EventTable.Create(document, document.Events.Where(e => e.Modality == EventModality.Asserted).OrderByDescending(e => e.Confidence).Take(3)));
        }
        console.MarkupLine("Next: [bold]./parley extract samples/text/biden-kyiv-visit-2023.txt --format table --explain[/] shows one article's events and why; [bold]--format json[/] the full record.");
        return summary.Failures > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Success;
    }

    /// <summary>The three actors a document names most often, as "CODE SECTOR".</summary>
    private static string MainActors(Document document) => string.Join(", ", document.Mentions
        .Where(x => x.Actor is not null)
        .GroupBy(x => $"{x.Actor!.Code} {x.Actor.Sector}")
        .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
        .Take(3).Select(g => g.Key));

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";

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
