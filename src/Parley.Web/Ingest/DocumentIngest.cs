using Parley.Documents;
using Parley.Duplicates;
using Parley.Pipeline;
using Parley.Reading;

namespace Parley.Web.Ingest;

/// <summary>
/// Stores the articles of ingest requests: each read article is checked against the store (one already
/// stored, or met earlier in the request, is a duplicate), run through the pipeline and written with the
/// others of its request in one transaction. One request writes at a time: SQLite has one writer, and the
/// pipeline is built once and shared.
/// </summary>
/// <param name="stores">Opens the store.</param>
public sealed class DocumentIngest(StoreAccess stores) : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);

    // The lexicons take a moment to load: only a server that is written to pays for them.
    private readonly Lazy<DocumentPipeline> pipeline = new(() => StandardPipeline.Create());

    /// <summary>Stores what can be stored of <paramref name="outcomes"/> and says what became of each.</summary>
    /// <exception cref="EventStoreException">The store cannot be written; nothing of the request is kept.</exception>
    public async Task<IngestReport> IngestAsync(IReadOnlyList<ReadOutcome> outcomes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        await gate.WaitAsync(cancellationToken);
        try
        {
            return Ingest(outcomes, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => gate.Dispose();

    private IngestReport Ingest(IReadOnlyList<ReadOutcome> outcomes, CancellationToken cancellationToken)
    {
        using var store = stores.OpenForWrite();
        var items = new List<IngestItem>(outcomes.Count);
        var batch = new List<Document>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < outcomes.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var index = i + 1;
            if (outcomes[i].Failure is { } failure)
            {
                items.Add(new IngestItem(index, "failed", null, null, 0, failure.ToString()));
                continue;
            }
            var document = outcomes[i].Document!;
            var identity = DocumentIdentity.Of(document);
            if (!seen.Add(identity.Key) || store.Contains(identity))
            {
                items.Add(new IngestItem(index, "duplicate", identity.Key, document.Metadata.Title, 0, null));
                continue;
            }
            try
            {
                pipeline.Value.Process(document, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A defect of ours, not the client's: name the article, keep the rest of the request.
                items.Add(new IngestItem(index, "failed", identity.Key, document.Metadata.Title, 0, $"internal error while processing ({e.GetType().Name}); please report it."));
                continue;
            }
            document.Signature = MinHasher.Default.Sign(document.Text);
            batch.Add(document);
            items.Add(new IngestItem(index, "stored", identity.Key, document.Metadata.Title, document.Events.Length, null));
        }
        var result = batch.Count > 0 ? store.Store(batch, cancellationToken) : default;
        return new IngestReport(result.Documents, result.Events, items.Count(i => i.Status == "duplicate") + result.Duplicates,
            items.Count(i => i.Status == "failed"), items);
    }
}
