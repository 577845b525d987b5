namespace Parley.Storage.Export;

/// <summary>The JSON shape of a <see cref="SearchHit"/>, shared by <c>parley search --format jsonl</c> and <c>GET /api/search</c>.</summary>
public static class SearchHitJson
{
    /// <summary>An object that serialises to the hit's JSON, its events under POLECAT's names.</summary>
    public static object From(SearchHit hit)
    {
        ArgumentNullException.ThrowIfNull(hit);
        return new Dictionary<string, object?>
        {
            ["document_id"] = hit.DocumentId, ["sentence"] = hit.Sentence, ["snippet"] = hit.Snippet, ["title"] = hit.Title,
            ["url"] = hit.Url, ["published"] = hit.Published, ["events"] = hit.Events.Select(EventRow.From),
        };
    }
}
