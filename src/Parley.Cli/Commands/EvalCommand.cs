using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Parley.Evaluation;
using Parley.Pipeline;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary><c>parley eval mentions GOLD…</c>: precision, recall and F1 of actors, places and dates against gold data.</summary>
public static class EvalCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Builds the command.</summary>
    public static Command Create(CliIo io)
    {
        var gold = new Argument<string[]>("gold") { Description = "Gold JSONL files or folders (eval/gold/mentions).", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "Output: table or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var errors = new Option<int>("--errors") { HelpName = "N", Description = "Also print up to N disagreements (missed, spurious, wrong) to stderr.", DefaultValueFactory = _ => 0 };
        var lexicons = new LexiconOption();
        var mentions = new Command("mentions", "Score actor, place and date mentions against gold sentences.") { gold, format, errors, lexicons.Directory };
        mentions.SetAction((parse, cancellationToken) =>
        {
            var failed = false;
            var sentences = new List<GoldSentence>();
            foreach (var (origin, sentence, error) in MentionScorer.ReadGold(parse.GetValue(gold)!))
            {
                if (sentence is null)
                {
                    io.Report($"{origin}: {error}");
                    failed = true;
                }
                else
                    sentences.Add(sentence);
            }
            var lexicon = lexicons.EntityLexicon(parse);
            var evaluation = new MentionScorer(StandardPipeline.Create(lexicon: lexicon), lexicon).Score(sentences, cancellationToken);
            foreach (var problem in evaluation.Problems)
                io.Report(problem);
            foreach (var line in evaluation.Disagreements.Take(parse.GetValue(errors)))
                io.Error.WriteLine(line);
            if (parse.GetValue(format) == "json")
                WriteJson(io, evaluation);
            else
                WriteTable(io, evaluation);
            return Task.FromResult(failed || evaluation.Problems.Count > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Success);
        });
        return new Command("eval", "Measure Parley against gold data.") { mentions };
    }

    private static void WriteTable(CliIo io, MentionEvaluation evaluation)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(io.Out) });
        var table = new Table().Border(TableBorder.Simple).Title($"{evaluation.Sentences} gold sentences")
            .AddColumn("field").AddColumn(new TableColumn("TP").RightAligned()).AddColumn(new TableColumn("FP").RightAligned())
            .AddColumn(new TableColumn("FN").RightAligned()).AddColumn(new TableColumn("precision").RightAligned())
            .AddColumn(new TableColumn("recall").RightAligned()).AddColumn(new TableColumn("F1").RightAligned());
        foreach (var score in evaluation.Scores.Values)
        {
            table.AddRow(score.Field, Number(score.TruePositives), Number(score.FalsePositives), Number(score.FalseNegatives),
                Ratio(score.Precision), Ratio(score.Recall), Ratio(score.F1));
        }
        console.Write(table);
    }

    private static void WriteJson(CliIo io, MentionEvaluation evaluation)
    {
        var result = new
        {
            sentences = evaluation.Sentences,
            fields = evaluation.Scores.Values.ToDictionary(s => s.Field, s => new
            {
                tp = s.TruePositives, fp = s.FalsePositives, fn = s.FalseNegatives,
                precision = Math.Round(s.Precision, 4), recall = Math.Round(s.Recall, 4), f1 = Math.Round(s.F1, 4),
            }),
        };
        io.Out.WriteLine(JsonSerializer.Serialize(result, Indented));
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Ratio(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
