namespace Parley.Web.Endpoints;

/// <summary>A stored document with the evidence offsets of each of its events: what the document API and page show.</summary>
/// <param name="Document">The document, its text and mentions.</param>
/// <param name="Evidence">Per event id, the spans of the text that tell it.</param>
public sealed record DocumentView(DocumentDetail Document, IReadOnlyDictionary<long, IReadOnlyList<EvidenceRecord>> Evidence)
{
    /// <summary>The document <paramref name="id"/> of <paramref name="store"/>, or null when there is none.</summary>
    public static DocumentView? Load(IEventStore store, long id)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (store.FindDocument(id) is not { } document)
            return null;
        var told = store.EvidenceOfDocument(id);
        var evidence = document.Events.ToDictionary(e => e.Id, e => told.TryGetValue(e.Id, out var spans) ? spans : []);
        return new DocumentView(document, evidence);
    }
}
