using Parley.Documents;

namespace Parley.Storage;

/// <summary>
/// Where processed articles and their events are kept. One contract, several back ends (SQLite by
/// default; PostgreSQL later): each implementation keeps its SQL to itself and passes the same contract
/// tests. Documents are written in batches, each batch one transaction, so a crash loses at most the
/// batch being written and never leaves half a document behind.
/// </summary>
public interface IEventStore : IDisposable
{
    /// <summary>Where the store lives, for messages ("parley.db", a connection's host and database).</summary>
    string Location { get; }

    /// <summary>
    /// True when an article with this identity is already stored (committed), so reading it again can be
    /// skipped before processing. Safe to call from one thread while another runs <see cref="Store(IReadOnlyList{Document}, CancellationToken)"/>.
    /// </summary>
    bool Contains(DocumentIdentity identity);

    /// <summary>
    /// Stores documents that went through the pipeline, all in one transaction: each with its sentences,
    /// mentions, events, participants and evidence. An article already stored (same identity, see
    /// <see cref="DocumentIdentity"/>) is skipped and counted as a duplicate, also within the batch.
    /// </summary>
    /// <exception cref="EventStoreException">The store cannot be written (disk full, read-only…); nothing of the batch is kept.</exception>
    StoreResult Store(IReadOnlyList<Document> documents, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores documents prepared ahead (<see cref="PreparedDocument.Of"/>, for instance on another thread), as
    /// <see cref="Store(IReadOnlyList{Document}, CancellationToken)"/> does.
    /// </summary>
    /// <exception cref="EventStoreException">The store cannot be written (disk full, read-only…); nothing of the batch is kept.</exception>
    StoreResult Store(IReadOnlyList<PreparedDocument> documents, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores documents prepared ahead in one transaction, as <see cref="Store(IReadOnlyList{PreparedDocument}, CancellationToken)"/>
    /// does, taking them a part at a time as <paramref name="parts"/> yields them: a caller can hand documents over as
    /// they are processed, and a back end that writes each part at once lets its documents go long before the transaction
    /// commits. This default, for back ends that write a batch at once, gathers the parts first.
    /// </summary>
    /// <exception cref="EventStoreException">The store cannot be written (disk full, read-only…); nothing of the batch is kept.</exception>
    StoreResult StoreInParts(IEnumerable<IReadOnlyList<PreparedDocument>> parts, CancellationToken cancellationToken = default) =>
        Store([.. parts.SelectMany(part => part)], cancellationToken);

    /// <summary>
    /// Readies the store for a run that writes many documents relative to those it holds (a bulk load): it may set
    /// aside the indexes only queries read and build each once, in one sort, when the returned scope is disposed,
    /// instead of inserting into them row by row. Meanwhile queries may be slower, never wrong; a store opened after
    /// a crash mid-load builds them then. A back end that gains nothing this way does nothing.
    /// </summary>
    /// <exception cref="EventStoreException">The store cannot be written; disposing the scope throws it when the indexes cannot be built (they are built on the next open).</exception>
    IDisposable DeferQueryIndexes() => NothingDeferred.Instance;

    /// <summary>The ids of every stored document, in id order.</summary>
    IReadOnlyList<long> DocumentIds();

    /// <summary>Stored documents rebuilt from their normalised text and metadata, ready to run through the pipeline again.</summary>
    IReadOnlyList<StoredDocument> LoadDocuments(IReadOnlyList<long> ids, CancellationToken cancellationToken = default);

    /// <summary>Replaces the annotations (sentences, mentions, events) of stored documents with those of a new run, in one transaction.</summary>
    StoreResult Replace(IReadOnlyList<StoredDocument> documents, CancellationToken cancellationToken = default);

    /// <summary>How many documents, events and sources the store holds.</summary>
    StoreTotals Totals();

    /// <summary>The events that pass <paramref name="query"/>, newest day first, paged by its limit and offset.</summary>
    IEnumerable<EventRecord> Events(EventQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// Counts by type, month and dyad, and the monthly conflict–cooperation index per dyad, of the events
    /// that pass <paramref name="query"/>. A dyad is an actor and a recipient of different codes.
    /// </summary>
    StoreStatistics Statistics(EventQuery query);

    /// <summary>
    /// Sentences matching a full-text query, best first (the most recently stored first among equals), with a
    /// highlighted snippet and the events told in each. A store may rank only its most recent matches of a
    /// very common word (SQLite: the newest 10,000).
    /// </summary>
    /// <exception cref="EventStoreException">The query is not valid full-text syntax.</exception>
    IReadOnlyList<SearchHit> Search(string query, int limit, int offset = 0);

    /// <summary>One event with its evidence sentences and the sources that tell it; null when there is none with that id.</summary>
    EventDetail? FindEvent(long id);

    /// <summary>One document with its metadata, text and annotations; null when there is none with that id.</summary>
    DocumentDetail? FindDocument(long id);

    /// <summary>
    /// The evidence of every event of document <paramref name="documentId"/>, by event id, read at once: what a
    /// page showing the document with its events needs, without looking up each event and its cluster.
    /// </summary>
    IReadOnlyDictionary<long, IReadOnlyList<EvidenceRecord>> EvidenceOfDocument(long documentId);

    /// <summary>Per outlet, how its stored articles read (fact density, hedging, attribution, flags, copies), most articles first.</summary>
    IReadOnlyList<SourceQuality> SourceQualities();
}
