namespace Parley.Web.Ingest;

/// <summary>The response of <c>POST /api/documents</c>: totals and one item per article of the request.</summary>
/// <param name="Stored">Articles stored.</param>
/// <param name="Events">Events stored with them.</param>
/// <param name="Duplicates">Articles skipped because they were already stored.</param>
/// <param name="Failed">Articles that could not be read or processed.</param>
/// <param name="Documents">Each article, in request order.</param>
public sealed record IngestReport(int Stored, int Events, int Duplicates, int Failed, IReadOnlyList<IngestItem> Documents);
