using Parley.Documents;
using Parley.Serialization;
using Spectre.Console;

namespace Parley.Cli.Output;

/// <summary>A readable table per document: its metadata, then each heading, list item and sentence with offsets.</summary>
public sealed class TableExtractOutput(TextWriter output) : IExtractOutput
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
        var table = new Table().Border(TableBorder.Simple).AddColumn("#").AddColumn("kind").AddColumn("offsets").AddColumn("text");
        for (var i = 0; i < document.Sentences.Length; i++)
        {
            var sentence = document.Sentences[i];
            table.AddRow(
                (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                ExtractJsonWriter.KindName(document.Blocks[sentence.Block].Kind),
                $"{sentence.Start}-{sentence.End}",
                Markup.Escape(ExtractJsonWriter.Flatten(document.Text.AsSpan(sentence.Start, sentence.End - sentence.Start))));
        }
        console.Write(table);
    }

    /// <inheritdoc />
    public void Complete() => output.Flush();

    /// <inheritdoc />
    public void Dispose() => output.Flush();
}
