namespace Parley.Web.Endpoints;

/// <summary>
/// Bounds on what one request may ask for, so that no query string makes the server read or send
/// without end: page sizes, downloads, and the length of any filter or search text.
/// </summary>
public static class Limits
{
    /// <summary>Events per page when the request does not say.</summary>
    public const int DefaultPage = 50;

    /// <summary>The most events one page (JSON or HTML) may hold.</summary>
    public const int MaxPage = 500;

    /// <summary>The most events one CSV or JSON Lines download may hold.</summary>
    public const int MaxExport = 100_000;

    /// <summary>The deepest offset a page may start at (deep paging is a scan; filter instead).</summary>
    public const int MaxOffset = 1_000_000;

    /// <summary>The longest filter value or search text, in characters.</summary>
    public const int MaxText = 200;

    /// <summary>Search hits per page when the request does not say, and the most one page may hold.</summary>
    public const int DefaultHits = 20, MaxHits = 100;

    /// <summary>The most events a brief may cover (it reads them all).</summary>
    public const int MaxBriefEvents = 20_000;

    /// <summary>The most events a timeline reads to compute its monthly index.</summary>
    public const int MaxTimelineEvents = 50_000;
}
