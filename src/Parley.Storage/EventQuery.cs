using Parley.Events;

namespace Parley.Storage;

/// <summary>
/// Which events to return. Every filter left null lets everything through; they combine with AND.
/// Codes compare case-insensitively.
/// </summary>
public sealed record EventQuery
{
    /// <summary>An actor code ("USA") or a person's or organisation's name ("Antony Blinken").</summary>
    public string? Actor { get; init; }

    /// <summary>A recipient code or name.</summary>
    public string? Recipient { get; init; }

    /// <summary>Two codes, one acting on the other in either direction.</summary>
    public (string First, string Second)? Dyad { get; init; }

    /// <summary>PLOVER type as coded (AGREE…) or as worded.</summary>
    public string? Type { get; init; }

    /// <summary>PLOVER mode ("visit").</summary>
    public string? Mode { get; init; }

    /// <summary>A PLOVER context ("diplomatic").</summary>
    public string? Context { get; init; }

    /// <summary>Only events of this modality; null for any. Default: asserted, because speculation is not an event.</summary>
    public EventModality? Modality { get; init; } = EventModality.Asserted;

    /// <summary>Part of the name of the place where it happened.</summary>
    public string? Place { get; init; }

    /// <summary>ISO alpha-3 code of the country where it happened.</summary>
    public string? Country { get; init; }

    /// <summary>First day, inclusive.</summary>
    public DateOnly? Since { get; init; }

    /// <summary>Last day, inclusive.</summary>
    public DateOnly? Until { get; init; }

    /// <summary>The outlet that published the article ("Parley Wire").</summary>
    public string? Source { get; init; }

    /// <summary>Only happenings told by at least this many independent sources (an article and its copies count once).</summary>
    public int MinSources { get; init; }

    /// <summary>Only happenings whose sources tell them so: confirmed, reported, claimed, speculative, disputed or negated; null for any.</summary>
    public string? ClusterModality { get; init; }

    /// <summary>At most this many events; null for all.</summary>
    public int? Limit { get; init; }

    /// <summary>Events to skip first.</summary>
    public int Offset { get; init; }
}
