using System.CommandLine;
using System.Globalization;
using Parley.Cli.Commands.Store;
using Parley.Events;
using Parley.Pipeline;
using Parley.Reading;
using Parley.Storage;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley ingest</c>: reads articles into the event store, once each, in crash-safe batches; or, with
/// <c>--reprocess</c>, recomputes the events of every stored article with the current lexicons.
/// </summary>
public static class IngestCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliIo io)
    {
        var inputs = new InputOptions();
        // With --reprocess the stored articles are the input; paths are then optional.
        inputs.Paths.Arity = ArgumentArity.ZeroOrMore;
        var store = new StoreOption();
        var lexicons = new LexiconOption();
        var reprocess = new Option<bool>("--reprocess")
        {
            Description = "Recompute the events of every stored article from its stored text with the current lexicons (after an upgrade or a lexicon change). Paths given too are ingested first.",
        };
        var shard = new Option<string?>("--shard")
        {
            HelpName = "i/n",
            Description = "Ingest only this worker's share of the articles, the i-th of n (by a hash of each article's identity): n workers given the same inputs and one PostgreSQL --db split them between them. With --reprocess, the stored documents are split by id.",
        };
        var batchSize = new Option<int>("--batch-size")
        {
            HelpName = "n",
            Description = "Articles per transaction: larger batches write faster, smaller ones leave less to redo after a crash.",
            DefaultValueFactory = _ => StoreIngest.DefaultBatchSize,
        };
        var bulk = new Option<string>("--bulk")
        {
            HelpName = "auto|always|never",
            Description = "Build the indexes only queries read once, at the end, instead of row by row (faster; queries run meanwhile are slower, and a store opened after a crash builds them). auto (default): when this run brings at least as many articles as the store holds.",
            DefaultValueFactory = _ => "auto",
        };
        bulk.AcceptOnlyFromAmong("auto", "always", "never");
        var jobs = new Option<int>("--jobs")
        {
            HelpName = "n",
            Description = "Threads that process articles (default: one per processor but one, which the writer takes; 1 on two cores); the store ends the same with any number, as articles are stored in the order read. 1 processes them on the reading thread.",
            // The writer thread keeps a core busy: on two cores a second job only shares the first's (no faster, 40–60 MB more).
            DefaultValueFactory = _ => Math.Max(1, Environment.ProcessorCount - 1),
        };
        var command = new Command("ingest", "Read articles into the event store (default ./parley.db): each article once, even when ingested again; safe to interrupt and re-run.");
        inputs.AddTo(command);
        command.Options.Add(store.Database);
        command.Options.Add(lexicons.Directory);
        command.Options.Add(reprocess);
        command.Options.Add(shard);
        command.Options.Add(batchSize);
        command.Options.Add(bulk);
        command.Options.Add(jobs);
        batchSize.RequireBetween(1);
        jobs.RequireBetween(1);
        command.Validators.Add(result =>
        {
            if (result.GetValue(inputs.Paths) is not { Length: > 0 } && !result.GetValue(reprocess))
                result.AddError("give the files or folders to ingest ('-' for standard input), or --reprocess.");
            if (result.GetValue(shard) is { } given && IngestShard.Parse(given, out var error) is null)
                result.AddError(error!);
        });
        command.SetAction((parse, cancellationToken) =>
        {
            _ = Task.Run(() => EventLexicon.Shipped, cancellationToken);
            // Opening (for a new store, creating its schema) while the lexicons load: nothing else runs before the first article.
            var opening = Task.Run(() => store.Open(parse, io, create: true), cancellationToken);
            DocumentPipeline pipeline;
            try
            {
                pipeline = StandardPipeline.Create(inputs.UserDate(parse), lexicons.EntityLexicon(parse), inputs.MonthFirst(parse), lexicons.EventLexicon(parse));
            }
            catch
            {
                opening.GetAwaiter().GetResult()?.Dispose();
                throw;
            }
            using var opened = opening.GetAwaiter().GetResult();
            if (opened is null)
                return Task.FromResult(StoreExitCodes.StoreFailed);
            var share = parse.GetValue(shard) is { } given ? IngestShard.Parse(given, out _)!.Value : IngestShard.All;
            var ingest = new StoreIngest(io, opened, pipeline, share, parse.GetValue(batchSize), Enum.Parse<BulkLoad>(parse.GetValue(bulk)!, ignoreCase: true), parse.GetValue(jobs));
            var paths = parse.GetValue(inputs.Paths) ?? [];
            var total = default(IngestSummary);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            try
            {
                if (paths.Length > 0)
                {
                    var source = new DocumentSource(inputs.ToReaderOptions(parse));
                    var expected = StoreIngest.EstimateArticles(paths, cancellationToken) / share.Count;
                    total = IngestProgress.Run(io, "ingest", expected,
                        report => ingest.Ingest(source.Read(paths, io.OpenStandardInput, cancellationToken), report, cancellationToken, expected));
                    WriteSummary(io, "Ingested", opened.Location, total, clock.Elapsed);
                }
                if (parse.GetValue(reprocess))
                {
                    clock.Restart();
                    var redone = IngestProgress.Run(io, "reprocess", opened.Totals().Documents, report => ingest.Reprocess(report, cancellationToken));
                    WriteSummary(io, "Reprocessed", opened.Location, redone, clock.Elapsed);
                    total = total with { Failures = total.Failures + redone.Failures };
                }
            }
            catch (EventStoreException e)
            {
                io.Report(e.Message);
                return Task.FromResult(StoreExitCodes.StoreFailed);
            }
            catch (OperationCanceledException)
            {
                io.Report($"interrupted; every batch committed before is kept in {opened.Location}. Run the same command again to finish: stored articles are skipped.");
                return Task.FromResult(StoreExitCodes.Interrupted);
            }
            return Task.FromResult(total.Failures > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Success);
        });
        return command;
    }

    private static void WriteSummary(CliIo io, string verb, string location, IngestSummary s, TimeSpan elapsed)
    {
        var seconds = Math.Max(elapsed.TotalSeconds, 0.001);
        io.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{verb} {s.Documents:N0} documents with {s.Events:N0} events into {location} in {elapsed.TotalSeconds:N1} s ({s.Read / seconds:N0} articles/s); " +
            $"{s.Duplicates:N0} skipped as already stored, {s.Failures:N0} failed."));
    }
}
