using System.CommandLine;
using Parley.Cli.Output;
using Parley.Events;
using Parley.Pipeline;
using Parley.Reading;

namespace Parley.Cli.Commands;

/// <summary><c>parley extract</c>: reads articles and prints each one's metadata, structure and events.</summary>
public static class ExtractCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliIo io)
    {
        var inputs = new InputOptions();
        var format = new Option<string>("--format")
        {
            Description = "Output: json (one object, or an array for several documents), jsonl (one object per line) or table.",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json", "jsonl", "table");
        var includeText = new Option<bool>("--include-text") { Description = "Include each document's full text in JSON output." };
        var explain = new Option<bool>("--explain") { Description = "Show, for every event field, which component and lexicon line produced it." };
        var lexicons = new LexiconOption();
        var command = new Command("extract", "Read articles and print their PLOVER events (who did what to whom, where, when, how surely, with evidence), the actors, places and dates they mention, their sentences and a quality assessment.");
        inputs.AddTo(command);
        command.Options.Add(lexicons.Directory);
        command.Options.Add(format);
        command.Options.Add(includeText);
        command.Options.Add(explain);
        command.SetAction((parse, cancellationToken) =>
        {
            // The event lexicon loads on another thread while the actors and places load on this one.
            _ = Task.Run(() => EventLexicon.Shipped, cancellationToken);
            var source = new DocumentSource(inputs.ToReaderOptions(parse));
            var pipeline = StandardPipeline.Create(inputs.UserDate(parse), lexicons.EntityLexicon(parse), inputs.MonthFirst(parse), lexicons.EventLexicon(parse));
            using IExtractOutput output = parse.GetValue(format) switch
            {
                "jsonl" => new JsonExtractOutput(io.Out, lines: true, parse.GetValue(includeText), parse.GetValue(explain)),
                "table" => new TableExtractOutput(io.Out, parse.GetValue(explain)),
                _ => new JsonExtractOutput(io.Out, lines: false, parse.GetValue(includeText), parse.GetValue(explain)),
            };
            var run = new DocumentRun(io, pipeline);
            var summary = run.Execute(source.Read(parse.GetValue(inputs.Paths)!, io.OpenStandardInput, cancellationToken), output.Write, cancellationToken);
            output.Complete();
            return Task.FromResult(summary.Failures > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Success);
        });
        return command;
    }
}
