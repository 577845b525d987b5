using System.Collections.Concurrent;
using Parley.Documents;
using Parley.Duplicates;
using Parley.Pipeline;
using Parley.Reading;
using Parley.Storage;

namespace Parley.Cli.Commands.Store;

/// <summary>
/// Reads articles into an event store: each read outcome is checked against the store (an article
/// already stored is skipped before it is processed, which is what makes a re-run after a crash cheap),
/// run through the pipeline and written in batches (<see cref="DefaultBatchSize"/> unless given; the first one smaller, and the last when the number of articles is known), one transaction each.
/// Bad input is reported per file and never affects other documents. Used by <c>parley ingest</c> and
/// meant for <c>parley demo</c> too.
/// </summary>
/// <param name="io">Where problems are reported.</param>
/// <param name="store">The store written to.</param>
/// <param name="pipeline">The pipeline documents run through.</param>
/// <param name="shard">The share of the articles this worker takes (<c>--shard</c>); the others are passed over unread.</param>
/// <param name="batchSize">Documents per transaction (<c>--batch-size</c>); 0 for <see cref="DefaultBatchSize"/>.</param>
/// <param name="bulk">When the store's query indexes are built once at the end rather than row by row (<c>--bulk</c>).</param>
/// <param name="jobs">Threads documents are processed on (<c>--jobs</c>); 1, or less, processes them on the calling thread.</param>
public sealed class StoreIngest(CliIo io, IEventStore store, DocumentPipeline pipeline, IngestShard shard = default, int batchSize = 0, BulkLoad bulk = BulkLoad.Auto, int jobs = 1)
{
    private readonly int jobs = Math.Max(1, jobs);

    // default(IngestShard) is 0/0: every article, as IngestShard.All.
    private readonly IngestShard share = shard.Count == 0 ? IngestShard.All : shard;

    /// <summary>
    /// Documents per transaction, by default. Every commit rewrites each index page its rows touched, and
    /// an event's index entries (day, type, country, participants, near-duplicate bands…) land on pages all
    /// over their indexes: on 10,000 articles, batches of 200 wrote 1.5 GB to the write-ahead log for a
    /// 215 MB store, batches of 500 about half that. A crash loses at most the batches being written,
    /// which a re-run redoes. A batch reaches the writer in parts (<see cref="PartSize"/>), so memory holds about one
    /// batch: the parts queued and the one filling.
    /// </summary>
    public const int DefaultBatchSize = 500;

    private readonly int batchSize = batchSize > 0 ? batchSize : DefaultBatchSize;

    // The first batch is small so that the writer, the slower of the two threads, starts while the pipeline warms up.
    private const int FirstBatchSize = 20;

    /// <summary>
    /// The most articles the run's last batch holds when their number is known ahead. A batch ends with work of its
    /// own (its statistics, its happenings' counts, the commit), which for the last one runs after the pipeline is done,
    /// alone on one core: on 2,000 articles the last 480 made it ~0.2 s. Ending the batch before early moves most of
    /// that under the pipeline, for one commit more.
    /// </summary>
    private const int LastBatchSize = 2 * PartSize;

    /// <summary>
    /// Whether a run defers the store's query indexes (<see cref="IEventStore.DeferQueryIndexes"/>). Building an index
    /// sorts all its rows, the stored ones too, while inserting row by row costs a descent and often a page split
    /// for each new one only. Measured on SQLite (2,000 articles into an empty store), the build costs about a
    /// quarter of the inserts it saves, so it would pay from a run a third the size of the store; under
    /// <see cref="BulkLoad.Auto"/> a run defers them, with a margin, when it brings at least as many articles as
    /// the store holds: always into an empty store, never when the count is unknown (standard input) and the
    /// store holds some.
    /// </summary>
    /// <param name="mode">What the user asked for.</param>
    /// <param name="stored">Documents the store holds.</param>
    /// <param name="expected">Articles the run is expected to bring, or null when unknown.</param>
    public static bool DefersIndexes(BulkLoad mode, long stored, long? expected) => mode switch
    {
        BulkLoad.Always => true,
        BulkLoad.Never => false,
        _ => stored == 0 || expected >= stored,
    };

    /// <summary>
    /// Stores every document of <paramref name="outcomes"/>; reports failures on stderr and progress through
    /// <paramref name="progress"/> (always on the calling thread). Documents are processed on <c>jobs</c> threads
    /// (on the calling thread when 1) while the batch before is written on another, so storing costs little beyond
    /// extracting; whatever the number of jobs, documents reach the store, and failures the user, in read order, so
    /// the store ends the same. <paramref name="expectedArticles"/> (null when unknown) decides, with <c>bulk</c>,
    /// whether the store's query indexes are deferred.
    /// </summary>
    /// <exception cref="EventStoreException">The store could not be written; batches committed before stay.</exception>
    public IngestSummary Ingest(IEnumerable<ReadOutcome> outcomes, Action<IngestSummary> progress, CancellationToken cancellationToken, long? expectedArticles = null)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentNullException.ThrowIfNull(progress);
        var storedBefore = store.Totals().Documents;
        using var deferred = DefersIndexes(bulk, storedBefore, expectedArticles) ? store.DeferQueryIndexes() : null;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // Documents go to the writer a part at a time, each part written as it comes into the open transaction, which
        // commits when the batch is complete: at most a batch waits, so memory stays bounded however large the input.
        using var queue = new BlockingCollection<BatchPart>(boundedCapacity: Math.Max(1, batchSize / PartSize));
        // Identities read but not yet committed; the writer forgets them once committed, when Contains sees them.
        var pending = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        long stored = 0, events = 0, storeDuplicates = 0;
        var writer = Task.Factory.StartNew(() =>
        {
            try
            {
                using var parts = queue.GetConsumingEnumerable(stop.Token).GetEnumerator();
                var committing = new List<string>();
                while (parts.MoveNext())
                {
                    committing.Clear();
                    var result = store.StoreInParts(Batch(parts, committing), stop.Token);
                    foreach (var key in committing)
                        pending.TryRemove(key, out _);
                    Interlocked.Add(ref stored, result.Documents);
                    Interlocked.Add(ref events, result.Events);
                    Interlocked.Add(ref storeDuplicates, result.Duplicates);
                }
            }
            catch
            {
                stop.Cancel();
                throw;
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        // A store empty at the start holds none of this run's articles: only those read earlier in the run can
        // repeat, which the pending set and the store's unique identity catch without a query per article
        // (whose read transactions would also hold back the writer's checkpoints).
        var mayHoldAlready = storedBefore > 0;
        long read = 0, failures = 0, duplicates = 0;
        IngestSummary Counts() => new(read, Interlocked.Read(ref stored), Interlocked.Read(ref events),
            duplicates + Interlocked.Read(ref storeDuplicates), failures);
        var limit = Math.Min(FirstBatchSize, batchSize);
        var inBatch = 0;
        var current = new List<PreparedDocument>(PartSize);
        // When the batch before the last ends, by the count expected (an estimate: a wrong one only moves a commit).
        var lastBatchAt = expectedArticles - LastBatchSize;
        long handedOn = 0;
        // Articles read and not yet handed on, in read order: at most a few per job are being processed at once,
        // and a slow one holds back only its followers' hand-off, not the jobs.
        var inOrder = new Queue<ReadArticle>();
        using var workers = jobs > 1 ? new PipelineJobs(jobs) : null;

        void HandOn(ReadArticle article)
        {
            if (article.Failure is { } failure)
            {
                io.Report(failure.ToString());
                failures++;
            }
            else if (article.Processing is null)
                duplicates++;
            else if (article.Processing.GetAwaiter().GetResult() is { Error: { } error })
            {
                io.Report(error);
                failures++;
            }
            // An earlier twin read while this one was being processed, and stored since: a duplicate after all.
            else if (!pending.TryAdd(article.Identity!.Key, 0))
                duplicates++;
            else
            {
                current.Add(article.Processing.Result.Prepared!);
                if (++inBatch == limit)
                    EndBatch();
                else if (current.Count == PartSize)
                {
                    queue.Add(new BatchPart(current, EndsBatch: false), stop.Token);
                    current = new List<PreparedDocument>(PartSize);
                }
            }
            if (++handedOn == lastBatchAt && inBatch > 0)
                EndBatch();
            progress(Counts());
        }

        void EndBatch()
        {
            queue.Add(new BatchPart(current, EndsBatch: true), stop.Token);
            (limit, inBatch, current) = (batchSize, 0, new List<PreparedDocument>(PartSize));
        }

        void HandOnReady(bool all)
        {
            while (inOrder.TryPeek(out var first) && (all || inOrder.Count > jobs * ArticlesPerJob || first.Processing is not { IsCompleted: false }))
                HandOn(inOrder.Dequeue());
        }

        try
        {
            foreach (var outcome in outcomes)
            {
                stop.Token.ThrowIfCancellationRequested();
                // Another worker's article, or failure to report (by its origin): passed over, not counted.
                var identity = outcome.Document is { } readDocument ? DocumentIdentity.Of(readDocument) : null;
                if (!share.Owns(identity?.Key ?? outcome.Failure?.Origin ?? ""))
                    continue;
                read++;
                if (outcome.Failure is { } failure)
                    inOrder.Enqueue(new ReadArticle(failure, null, null));
                else if (pending.ContainsKey(identity!.Key) || (mayHoldAlready && store.Contains(identity)))
                    inOrder.Enqueue(new ReadArticle(null, identity, null));
                else
                {
                    var document = outcome.Document!;
                    inOrder.Enqueue(new ReadArticle(null, identity, workers is null
                        ? Task.FromResult(Prepare(document, identity, stop.Token))
                        : Task.Factory.StartNew(() => Prepare(document, identity, stop.Token), stop.Token, TaskCreationOptions.None, workers)));
                }
                HandOnReady(all: false);
            }
            HandOnReady(all: true);
            if (inBatch > 0)
                EndBatch();
            queue.CompleteAdding();
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Only a failing writer stops the reading on its own: its error is the one to report.
            Abandon(inOrder, queue);
            writer.GetAwaiter().GetResult();
            throw;
        }
        catch
        {
            Abandon(inOrder, queue);
            WaitQuietly(writer);
            throw;
        }
        writer.GetAwaiter().GetResult();
        var total = Counts();
        progress(total);
        return total;
    }

    /// <summary>
    /// Documents handed to the writer at a time. Ingest holds each processed document until it is written, where
    /// <c>extract</c> lets it die young; handed over a whole batch at a time, documents waited for up to two batches
    /// (~1,000), survived collections and were copied into the older generations. A part is about what the pipeline
    /// processes between two young collections (32 MB, <c>./parley</c>), so most are written, and let go, before they
    /// would be promoted. Commits still come a batch at a time.
    /// </summary>
    private const int PartSize = 20;

    /// <summary>Documents for the writer, in read order; <paramref name="EndsBatch"/> when the transaction commits after them.</summary>
    private sealed record BatchPart(List<PreparedDocument> Documents, bool EndsBatch);

    /// <summary>
    /// The parts of one batch, from <paramref name="parts"/> positioned on its first: up to the one that ends it. The
    /// keys of its documents are added to <paramref name="keys"/>. Input that ends before the batch does was abandoned
    /// (a failure or an interruption): the batch is rolled back, as the part in hand was never handed over before.
    /// </summary>
    private static IEnumerable<IReadOnlyList<PreparedDocument>> Batch(IEnumerator<BatchPart> parts, List<string> keys)
    {
        while (true)
        {
            var part = parts.Current;
            foreach (var prepared in part.Documents)
                keys.Add(prepared.Identity.Key);
            yield return part.Documents;
            if (part.EndsBatch)
                yield break;
            if (!parts.MoveNext())
                throw new OperationCanceledException("The input was abandoned before the batch was complete.");
        }
    }

    /// <summary>An article read, in read order: a failure to report, a duplicate to count (no processing), or a document being processed.</summary>
    private sealed record ReadArticle(ReadFailure? Failure, DocumentIdentity? Identity, Task<ProcessedArticle>? Processing);

    /// <summary>A document processed and prepared for the store, or the internal error that stopped it.</summary>
    private sealed record ProcessedArticle(PreparedDocument? Prepared, string? Error);

    // Articles each job may have read ahead of the hand-off: enough to keep the jobs busy behind a slow article, few enough to hold little memory.
    private const int ArticlesPerJob = 8;

    private ProcessedArticle Prepare(Document document, DocumentIdentity identity, CancellationToken cancellationToken)
    {
        if (ProcessingError(document, cancellationToken) is { } error)
            return new ProcessedArticle(null, error);
        // Signed and prepared here rather than by the store: the writer thread is ingest's bottleneck.
        document.Signature = MinHasher.Default.Sign(document.Text);
        return new ProcessedArticle(PreparedDocument.OfHandedOver(document, identity), null);
    }

    /// <summary>Ends the writer's input after a failure or an interruption, and waits for the jobs, whose documents are dropped.</summary>
    private static void Abandon(Queue<ReadArticle> inOrder, BlockingCollection<BatchPart> queue)
    {
        queue.CompleteAdding();
        foreach (var article in inOrder)
        {
            if (article.Processing is { } processing)
                WaitQuietly(processing);
        }
    }

    private static void WaitQuietly(Task task)
    {
        try
        {
            task.Wait();
        }
        catch (AggregateException)
        {
            // Reported by the caller.
        }
    }

    /// <summary>
    /// Runs every stored document through the pipeline again and replaces its annotations, batch by batch; a
    /// batch's documents are processed on <c>jobs</c> threads, and its failures reported in id order.
    /// </summary>
    /// <exception cref="EventStoreException">The store could not be written; batches committed before stay.</exception>
    public IngestSummary Reprocess(Action<IngestSummary> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var counts = default(IngestSummary);
        var all = store.DocumentIds();
        var ids = all.Where(share.OwnsStored).ToList();
        // Replacing a document's events takes their index entries out and puts new ones in: a bulk load's work too.
        using var deferred = DefersIndexes(bulk, all.Count, ids.Count) ? store.DeferQueryIndexes() : null;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = jobs, CancellationToken = cancellationToken };
        for (var first = 0; first < ids.Count; first += batchSize)
        {
            var chunk = ids.Skip(first).Take(batchSize).ToList();
            var loaded = store.LoadDocuments(chunk, cancellationToken).ToList();
            var errors = new string?[loaded.Count];
            Parallel.For(0, loaded.Count, parallel, i => errors[i] = ProcessingError(loaded[i].Document, cancellationToken));
            var processed = new List<StoredDocument>(loaded.Count);
            for (var i = 0; i < loaded.Count; i++)
            {
                if (errors[i] is { } error)
                {
                    io.Report(error);
                    counts = counts with { Failures = counts.Failures + 1 };
                }
                else
                    processed.Add(loaded[i]);
            }
            var result = store.Replace(processed, cancellationToken);
            counts = counts with { Read = counts.Read + chunk.Count, Documents = counts.Documents + result.Documents, Events = counts.Events + result.Events };
            progress(counts);
        }
        return counts;
    }

    /// <summary>An estimate of how many articles <paramref name="paths"/> hold (a JSON Lines file counts its lines), or null when it cannot be known ahead (standard input).</summary>
    public static long? EstimateArticles(IReadOnlyList<string> paths, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paths);
        if (paths.Contains("-"))
            return null;
        long total = 0;
        foreach (var entry in InputEnumerator.Expand(paths, () => Stream.Null))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (entry.File is not { } file)
                continue;
            total += file.FormatName.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || file.FormatName.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase)
                ? CountLines(file)
                : 1;
        }
        return total;
    }

    private static long CountLines(InputFile file)
    {
        try
        {
            using var stream = file.Open();
            var buffer = new byte[1 << 16];
            long lines = 0;
            int read;
            while ((read = stream.Read(buffer)) > 0)
                lines += buffer.AsSpan(0, read).Count((byte)'\n');
            return Math.Max(1, lines);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return 1; // Reading it for real will report the problem.
        }
    }

    /// <summary>Runs <paramref name="document"/> through the pipeline; null, or the error to report when processing failed.</summary>
    private string? ProcessingError(Document document, CancellationToken cancellationToken)
    {
        try
        {
            pipeline.Process(document, cancellationToken);
            return null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A defect of ours, not the user's: name the document and go on with the rest.
            return $"{document.Metadata.Origin}: internal error while processing ({e.GetType().Name}: {e.Message}); please report it.";
        }
    }
}
