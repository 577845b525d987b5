using Parley.Documents;
using Parley.Serialization;
using Spectre.Console;

namespace Parley.Cli.Output;

/// <summary>A readable table per document: its metadata, then each heading, list item and sentence with offsets.</summary>
public sealed class TableExtractOutput(TextWriter output, bool explain) : IExtractOutput
{
    private readonly IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(output),
        Ansi = AnsiSupport.Detect,
        ColorSystem = ColorSystemSupport.Detect,
    });

    /// <inheritdoc />
    public void Write(Document document)
    {
        var metadata = document.Metadata;
        console.Write(new Rule($"[bold]{Markup.Escape(metadata.Title ?? metadata.Id)}[/]") { Justification = Justify.Left });
        console.MarkupLine(Markup.Escape(
            $"id {metadata.Id} · published {metadata.Published?.Date.ToString() ?? "unknown"} · source {metadata.Source ?? "unknown"} · {metadata.Origin}"));
        if (document.Quality is { } quality)
        {
            console.MarkupLine(Markup.Escape(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{quality.Words} words · {quality.FactDensity} facts per 100 words · {quality.HedgeRatio:P0} of sentences hedged · flags: {(quality.Flags.Count == 0 ? "none" : string.Join(", ", quality.Flags))}")));
        }
        var table = EventTable.Create(document, document.Events);
        console.Write(table);
        if (explain)
            EventTable.WriteExplanations(console, document.Events);
    }

    /// <inheritdoc />
    public void Complete() => output.Flush();

    /// <inheritdoc />
    public void Dispose() => output.Flush();
}
