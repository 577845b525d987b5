using System.Reflection;
using Parley.Cli;
using Parley.Cli.Commands.Store;
using Parley.Pipeline;
using Parley.Reading;
using Parley.Storage;
using Parley.Storage.Sqlite;
using Parley.Tests.Storage;
using Parley.Tests.Support;

namespace Parley.Tests.Cli;

/// <summary>
/// An ingest whose documents are processed on several jobs stops as one on a single job does: the writer's error
/// or the interruption reaches the caller, nothing waits forever, and the batches committed before stay.
/// </summary>
public sealed class StoreIngestStopTests : IDisposable
{
    private const int Articles = 120;
    private const int BatchSize = 10;
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    private string Db => Path.Combine(temp.Path, "parley.db");

    [Fact]
    public void Ingest_OnSeveralJobs_WhenTheWriterFails_ThrowsItsError_AndKeepsTheBatchesBefore()
    {
        var corpus = Corpus();
        using (var store = SqliteEventStore.Open(Db))
        {
            var failing = FailingStore.Wrapping(store, failingBatch: 3);
            var ingest = new StoreIngest(Io(), failing, StandardPipeline.Create(), batchSize: BatchSize, jobs: 2);

            var error = Assert.Throws<EventStoreException>(() => ingest.Ingest(Read(corpus), _ => { }, CancellationToken.None));

            Assert.Equal(FailingStore.Message, error.Message);
        }
        Assert.Equal(["20"], SqliteRows.Of(Db, "SELECT count(*) FROM documents"));
    }

    [Fact]
    public void Ingest_OnSeveralJobs_Interrupted_Stops_AndKeepsWholeBatches()
    {
        var corpus = Corpus();
        using var interrupt = new CancellationTokenSource();
        using (var store = SqliteEventStore.Open(Db))
        {
            var ingest = new StoreIngest(Io(), store, StandardPipeline.Create(), batchSize: BatchSize, jobs: 2);

            Assert.ThrowsAny<OperationCanceledException>(() => ingest.Ingest(Read(corpus), counts =>
            {
                if (counts.Read >= 50)
                    interrupt.Cancel();
            }, interrupt.Token));
        }
        var stored = long.Parse(SqliteRows.Of(Db, "SELECT count(*) FROM documents").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(stored % BatchSize == 0 && stored <= 50, $"{stored} documents stored");
    }

    private string Corpus()
    {
        var path = Path.Combine(temp.Path, "corpus.jsonl");
        StoreCorpus.WriteJsonl(path, Articles);
        return path;
    }

    private static IEnumerable<ReadOutcome> Read(string corpus) => new DocumentSource(new ReaderOptions()).Read([corpus], () => Stream.Null);

    private static CliIo Io() => new(TextWriter.Null, TextWriter.Null, () => Stream.Null, IsInteractive: false);

    /// <summary>A store that writes through to another until its n-th batch, which fails as a full disk would.</summary>
    public class FailingStore : DispatchProxy
    {
        public const string Message = "the disk is full";

        private IEventStore inner = null!;
        private int batchesLeft;

        public static IEventStore Wrapping(IEventStore store, int failingBatch)
        {
            var proxy = Create<IEventStore, FailingStore>();
            var failing = (FailingStore)(object)proxy;
            failing.inner = store;
            failing.batchesLeft = failingBatch;
            return proxy;
        }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            ArgumentNullException.ThrowIfNull(targetMethod);
            if (targetMethod.Name is nameof(IEventStore.Store) or nameof(IEventStore.StoreInParts) && Interlocked.Decrement(ref batchesLeft) == 0)
                throw new EventStoreException(Message);
            return targetMethod.Invoke(inner, BindingFlags.DoNotWrapExceptions, null, args, null);
        }
    }
}
