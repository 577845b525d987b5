namespace Parley.Storage;

/// <summary>A sentence matching a full-text query.</summary>
/// <param name="DocumentId">The store's id of its document.</param>
/// <param name="Sentence">Its index in the document.</param>
/// <param name="Snippet">The matching words with some context, hits between <c>**</c>.</param>
/// <param name="Title">The article's title.</param>
/// <param name="Url">The article's URL.</param>
/// <param name="Published">The article's publication date.</param>
/// <param name="Events">Events with evidence in the sentence, of any modality.</param>
public sealed record SearchHit(long DocumentId, int Sentence, string Snippet, string? Title, string? Url, string? Published, IReadOnlyList<EventRecord> Events);
