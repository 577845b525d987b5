using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Parley.Duplicates;
using Parley.Evaluation;
using Parley.Pipeline;
using Parley.Storage.Evaluation;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley eval mentions|events|duplicates GOLD…</c>: precision, recall and F1 of actors, places and dates,
/// of event coding, and of near-duplicate detection against gold data.
/// </summary>
public static class EvalCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Builds the command.</summary>
    public static Command Create(CliIo io)
    {
        var gold = new Argument<string[]>("gold") { Description = "Gold JSONL files or folders (eval/gold/mentions).", Arity = ArgumentArity.OneOrMore };
        var eventGold = new Argument<string[]>("gold") { Description = "Gold JSONL files or folders (eval/gold/events, sentences and articles).", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "Output: table or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var errors = new Option<int>("--errors") { HelpName = "N", Description = "Also print up to N disagreements (missed, spurious, wrong) to stderr.", DefaultValueFactory = _ => 0 };
        var lexicons = new LexiconOption();
        var mentions = new Command("mentions", "Score actor, place and date mentions against gold sentences.") { gold, format, errors, lexicons.Directory };
        mentions.SetAction((parse, cancellationToken) =>
        {
            var sentences = ReadGold<GoldSentence>(io, parse.GetValue(gold)!, out var failed);
            var lexicon = lexicons.EntityLexicon(parse);
            var evaluation = new MentionScorer(StandardPipeline.Create(lexicon: lexicon), lexicon).Score(sentences, cancellationToken);
            return Task.FromResult(Finish(io, evaluation.Problems, evaluation.Disagreements, parse.GetValue(errors), failed,
                parse.GetValue(format) == "json" ? () => WriteJson(io, evaluation) : () => WriteTable(io, evaluation)));
        });
        var events = new Command("events", "Score event type, parties, place, date, modality, contexts and quantities against gold sentences and articles.") { eventGold, format, errors, lexicons.Directory };
        events.SetAction((parse, cancellationToken) =>
        {
            var records = ReadGold<GoldEventRecord>(io, parse.GetValue(eventGold)!, out var failed);
            var pipeline = StandardPipeline.Create(lexicon: lexicons.EntityLexicon(parse), events: lexicons.EventLexicon(parse));
            var evaluation = new EventScorer(pipeline).Score(records, cancellationToken);
            return Task.FromResult(Finish(io, evaluation.Problems, evaluation.Disagreements, parse.GetValue(errors), failed,
                parse.GetValue(format) == "json" ? () => WriteJson(io, evaluation) : () => WriteTable(io, evaluation)));
        });
        var duplicateGold = new Argument<string[]>("gold") { Description = "Gold JSONL files or folders of article pairs (eval/gold/duplicates).", Arity = ArgumentArity.OneOrMore };
        var duplicates = new Command("duplicates", "Score near-duplicate detection against gold pairs: precision, recall and F1, recall per duplicate category, false positives per other category.")
            { duplicateGold, format, errors, lexicons.Directory };
        duplicates.SetAction((parse, cancellationToken) =>
        {
            var pairs = ReadGold<GoldDuplicatePair>(io, parse.GetValue(duplicateGold)!, out var failed);
            var options = DuplicateOptions.Default;
            var files = lexicons.Files(parse);
            var synonyms = files.UserDirectory is null ? SynonymLexicon.Shipped : SynonymLexicon.Load(files);
            var evaluation = new DuplicateScorer(options, new MinHasher(options, new TextShingler(synonyms, options.ShingleSize))).Score(pairs, cancellationToken);
            return Task.FromResult(Finish(io, evaluation.Problems, evaluation.Disagreements, parse.GetValue(errors), failed,
                parse.GetValue(format) == "json" ? () => WriteJson(io, evaluation, options) : () => WriteTable(io, evaluation, options)));
        });
        var clusterGold = new Argument<string[]>("gold") { Description = "Gold JSONL files or folders of articles with labelled happenings (eval/gold/clusters).", Arity = ArgumentArity.OneOrMore };
        var clusters = new Command("clusters", "Score how the store groups reports into happenings: pairwise precision, recall and F1 over every two gold reports.")
            { clusterGold, format, errors, lexicons.Directory };
        clusters.SetAction((parse, cancellationToken) =>
        {
            var articles = ReadGold<GoldClusterArticle>(io, parse.GetValue(clusterGold)!, out var failed);
            var pipeline = StandardPipeline.Create(lexicon: lexicons.EntityLexicon(parse), events: lexicons.EventLexicon(parse));
            var evaluation = new ClusterScorer(pipeline).Score(articles, Path.GetTempPath(), cancellationToken);
            return Task.FromResult(Finish(io, [], evaluation.Disagreements, parse.GetValue(errors), failed,
                parse.GetValue(format) == "json" ? () => WriteJson(io, evaluation) : () => WriteTable(io, evaluation)));
        });
        return new Command("eval", "Measure Parley against gold data.") { mentions, events, duplicates, clusters };
    }

    /// <summary>Every readable gold record; each unreadable line is reported by name and sets <paramref name="failed"/>.</summary>
    private static List<T> ReadGold<T>(CliIo io, IEnumerable<string> paths, out bool failed) where T : class
    {
        failed = false;
        var records = new List<T>();
        foreach (var (origin, record, error) in GoldReader.Read<T>(paths))
        {
            if (record is null)
            {
                io.Report($"{origin}: {error}");
                failed = true;
            }
            else
                records.Add(record);
        }
        return records;
    }

    /// <summary>Reports the gold's problems and the first disagreements, writes the scores; the exit code says whether all gold was usable.</summary>
    private static int Finish(CliIo io, List<string> problems, List<string> disagreements, int errors, bool failed, Action write)
    {
        foreach (var problem in problems)
            io.Report(problem);
        foreach (var line in disagreements.Take(errors))
            io.Error.WriteLine(line);
        write();
        return failed || problems.Count > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Success;
    }

    private static void WriteTable(CliIo io, MentionEvaluation evaluation) =>
        Console(io).Write(ScoreTable($"{evaluation.Sentences} gold sentences", evaluation.Scores.Values));

    private static void WriteTable(CliIo io, EventEvaluation evaluation)
    {
        var console = Console(io);
        console.Write(ScoreTable($"{evaluation.Records} gold records, {evaluation.GoldEvents} events", evaluation.Scores.Values));
        console.Write(ScoreTable("event type", evaluation.Types.Values));
        foreach (var (label, value) in Rates(evaluation))
            console.WriteLine($"{label,-44} {value}");
    }

    private static void WriteTable(CliIo io, DuplicateEvaluation evaluation, DuplicateOptions options)
    {
        var console = Console(io);
        console.Write(ScoreTable($"{evaluation.Pairs.Count} gold pairs", [evaluation.Overall, evaluation.Spun]));
        var table = new Table().Border(TableBorder.Simple).Title("by category")
            .AddColumn("category").AddColumn("duplicate").AddColumn(new TableColumn("pairs").RightAligned())
            .AddColumn(new TableColumn("flagged").RightAligned()).AddColumn(new TableColumn("recall").RightAligned())
            .AddColumn(new TableColumn("false positives").RightAligned());
        foreach (var category in evaluation.Categories.Values)
        {
            table.AddRow(category.Category, category.IsDuplicate ? "yes" : "no", Number(category.Pairs), Number(category.Flagged),
                category.IsDuplicate ? Ratio(category.Rate) : "", category.IsDuplicate ? "" : Number(category.Flagged));
        }
        console.Write(table);
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"shingles of {options.ShingleSize} words, {options.SignatureLength} MinHash values in {options.Bands} bands × {options.Rows} rows; duplicate at Jaccard ≥ {options.JaccardThreshold} or containment ≥ {options.ContainmentThreshold}"));
    }

    private static void WriteJson(CliIo io, DuplicateEvaluation evaluation, DuplicateOptions options)
    {
        var result = new
        {
            pairs = evaluation.Pairs.Count,
            fields = Json([evaluation.Overall, evaluation.Spun]),
            categories = evaluation.Categories.Values.ToDictionary(c => c.Category, c => (object)new
            {
                duplicate = c.IsDuplicate, pairs = c.Pairs, flagged = c.Flagged,
                recall = c.IsDuplicate ? Math.Round(c.Rate, 4) : (double?)null,
                falsePositives = c.IsDuplicate ? (int?)null : c.Flagged,
            }),
            parameters = new
            {
                shingleSize = options.ShingleSize, signatureLength = options.SignatureLength, bands = options.Bands, rows = options.Rows,
                jaccardThreshold = options.JaccardThreshold, containmentThreshold = options.ContainmentThreshold,
                minimumShinglesForContainment = options.MinimumShinglesForContainment,
            },
            results = evaluation.Pairs.Select(p => new
            {
                id = p.Id, category = p.Category, expected = p.Expected, predicted = p.Predicted, candidate = p.Candidate,
                jaccard = Math.Round(p.Jaccard, 4), containment = Math.Round(p.Containment, 4),
            }),
        };
        io.Out.WriteLine(JsonSerializer.Serialize(result, Indented));
    }

    private static void WriteTable(CliIo io, ClusterEvaluation evaluation)
    {
        var console = Console(io);
        console.Write(ScoreTable($"{evaluation.Reports} gold reports", [evaluation.Pairs]));
        console.WriteLine($"{evaluation.Unmatched} gold reports not found as events of their type and actor");
    }

    private static void WriteJson(CliIo io, ClusterEvaluation evaluation) =>
        io.Out.WriteLine(JsonSerializer.Serialize(new { reports = evaluation.Reports, unmatched = evaluation.Unmatched, fields = Json([evaluation.Pairs]) }, Indented));

    private static IEnumerable<(string Label, string Value)> Rates(EventEvaluation evaluation)
    {
        yield return ("modality accuracy (matched events)", $"{Ratio(evaluation.ModalityAccuracy)} ({evaluation.Modality.Correct}/{evaluation.Modality.Total})");
        yield return ("hedged accuracy (matched events)", $"{Ratio(EventEvaluation.Share(evaluation.Hedged))} ({evaluation.Hedged.Correct}/{evaluation.Hedged.Total})");
        yield return ("speculative/negated gold output as asserted", $"{Ratio(EventEvaluation.Share(evaluation.SpeculationAsFact))} ({evaluation.SpeculationAsFact.Asserted}/{evaluation.SpeculationAsFact.Total})");
        yield return ("future gold output as asserted", $"{Ratio(EventEvaluation.Share(evaluation.FutureAsFact))} ({evaluation.FutureAsFact.Asserted}/{evaluation.FutureAsFact.Total})");
        yield return ("no-event records with an asserted event", $"{Ratio(EventEvaluation.Share(evaluation.AssertedInEmpty))} ({evaluation.AssertedInEmpty.WithAsserted}/{evaluation.AssertedInEmpty.Total})");
    }

    private static IAnsiConsole Console(CliIo io) => AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(io.Out) });

    private static Table ScoreTable(string title, IEnumerable<FieldScore> scores)
    {
        var table = new Table().Border(TableBorder.Simple).Title(title)
            .AddColumn("field").AddColumn(new TableColumn("TP").RightAligned()).AddColumn(new TableColumn("FP").RightAligned())
            .AddColumn(new TableColumn("FN").RightAligned()).AddColumn(new TableColumn("precision").RightAligned())
            .AddColumn(new TableColumn("recall").RightAligned()).AddColumn(new TableColumn("F1").RightAligned());
        foreach (var score in scores)
        {
            table.AddRow(score.Field, Number(score.TruePositives), Number(score.FalsePositives), Number(score.FalseNegatives),
                Ratio(score.Precision), Ratio(score.Recall), Ratio(score.F1));
        }
        return table;
    }

    private static void WriteJson(CliIo io, MentionEvaluation evaluation) =>
        io.Out.WriteLine(JsonSerializer.Serialize(new { sentences = evaluation.Sentences, fields = Json(evaluation.Scores.Values) }, Indented));

    private static void WriteJson(CliIo io, EventEvaluation evaluation)
    {
        var result = new
        {
            records = evaluation.Records,
            events = evaluation.GoldEvents,
            fields = Json(evaluation.Scores.Values),
            types = Json(evaluation.Types.Values),
            modalityAccuracy = Math.Round(evaluation.ModalityAccuracy, 4),
            hedgedAccuracy = Math.Round(EventEvaluation.Share(evaluation.Hedged), 4),
            speculationAsFact = Math.Round(EventEvaluation.Share(evaluation.SpeculationAsFact), 4),
            futureAsFact = Math.Round(EventEvaluation.Share(evaluation.FutureAsFact), 4),
            assertedInEmpty = Math.Round(EventEvaluation.Share(evaluation.AssertedInEmpty), 4),
            modalityConfusion = evaluation.ModalityConfusion,
        };
        io.Out.WriteLine(JsonSerializer.Serialize(result, Indented));
    }

    private static Dictionary<string, object> Json(IEnumerable<FieldScore> scores) => scores.ToDictionary(s => s.Field, s => (object)new
    {
        tp = s.TruePositives, fp = s.FalsePositives, fn = s.FalseNegatives,
        precision = Math.Round(s.Precision, 4), recall = Math.Round(s.Recall, 4), f1 = Math.Round(s.F1, 4),
    });

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Ratio(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
