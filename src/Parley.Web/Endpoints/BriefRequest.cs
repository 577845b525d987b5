using Parley.Storage.Briefs;

namespace Parley.Web.Endpoints;

/// <summary>The subject of a brief read from a query string: <c>actor</c>, <c>dyad</c>, <c>place</c>, <c>context</c>, <c>since</c>, <c>until</c>, as <c>parley brief</c> takes them.</summary>
public static class BriefRequest
{
    /// <summary>The names read.</summary>
    public static IReadOnlyList<string> Names { get; } = ["actor", "dyad", "place", "context", "since", "until"];

    /// <summary>The brief query of <paramref name="request"/>, and what is wrong with it.</summary>
    public static (BriefQuery Query, IReadOnlyList<string> Errors) Read(IQueryCollection request)
    {
        ArgumentNullException.ThrowIfNull(request);
        // The events filter reads these six the same way; a brief simply ignores its other names.
        var filter = EventFilter.Read(request);
        var q = filter.Query;
        var errors = filter.Errors.Where(e => Names.Any(n => e.StartsWith(n + " ", StringComparison.Ordinal))).ToList();
        return (new BriefQuery { Actor = q.Actor, Dyad = q.Dyad, Place = q.Place, Context = q.Context, Since = q.Since, Until = q.Until }, errors);
    }
}
