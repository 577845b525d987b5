using Parley.Documents;

namespace Parley.Storage;

/// <summary>A document as the store keeps it: its id there and the document rebuilt from text and metadata.</summary>
/// <param name="Id">The store's id of the document.</param>
/// <param name="Document">The document; run it through a pipeline before <see cref="IEventStore.Replace"/>.</param>
public sealed record StoredDocument(long Id, Document Document);
