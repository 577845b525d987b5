namespace Parley.Web.Ingest;

/// <summary>What became of one article of an ingest request.</summary>
/// <param name="Index">Its position in the request, from 1 (the line of a JSON Lines body, the element of a JSON array).</param>
/// <param name="Status"><c>stored</c>, <c>duplicate</c> (already in the store, or earlier in the request) or <c>failed</c>.</param>
/// <param name="Identity">What identifies the article (<c>url:…</c> or <c>sha256:…</c>); null when it could not be read.</param>
/// <param name="Title">Its title, when it has one.</param>
/// <param name="Events">Events found in it (stored articles only).</param>
/// <param name="Error">Why it failed; null otherwise.</param>
public sealed record IngestItem(int Index, string Status, string? Identity, string? Title, int Events, string? Error);
