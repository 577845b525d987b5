namespace Parley.Storage.Briefs;

/// <summary>What a brief is about: an actor, a dyad, a place or a context, over a span of days; all optional.</summary>
public sealed record BriefQuery
{
    /// <summary>An actor's code or name: events it takes part in, either side.</summary>
    public string? Actor { get; init; }

    /// <summary>Two codes: events between them, either direction.</summary>
    public (string First, string Second)? Dyad { get; init; }

    /// <summary>Part of the name of the place where events happened.</summary>
    public string? Place { get; init; }

    /// <summary>A PLOVER context ("military").</summary>
    public string? Context { get; init; }

    /// <summary>First day, inclusive.</summary>
    public DateOnly? Since { get; init; }

    /// <summary>Last day, inclusive.</summary>
    public DateOnly? Until { get; init; }
}
