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

    /// <summary>
    /// The brief of <paramref name="query"/>, or null when it would read more than <see cref="Limits.MaxBriefEvents"/>
    /// events: a brief reads every event it covers, so one of a whole large store is refused rather than built.
    /// </summary>
    public static Brief? Build(IEventStore store, BriefBuilder builder, BriefQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(query);
        var covered = store.Events(new EventQuery
        {
            Actor = query.Actor, Dyad = query.Dyad, Place = query.Place, Context = query.Context, Since = query.Since, Until = query.Until,
            Modality = null, Limit = Limits.MaxBriefEvents + 1,
        }, cancellationToken).Count();
        return covered > Limits.MaxBriefEvents ? null : builder.Build(store, query, cancellationToken);
    }

    /// <summary>What to say when <see cref="Build"/> refuses.</summary>
    public static string TooLarge => $"The brief would cover more than {Limits.MaxBriefEvents:N0} events; narrow it by actor, dyad, place, context or dates.";
}
