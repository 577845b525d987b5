namespace Parley.Events;

/// <summary>Where an event pattern's parties stand around its cue words (the <c>roles</c> field of <c>events/patterns.tsv</c>).</summary>
public enum RoleFrame : byte
{
    /// <summary>Actor before the cue, recipient after it.</summary>
    SubjectObject,

    /// <summary>Actor before the cue, no recipient.</summary>
    Subject,

    /// <summary>Actor before the cue, recipient the country of the place after it ("arrived in Kyiv").</summary>
    SubjectPlace,

    /// <summary>Actor after the cue, recipient before it ("X hosted Y").</summary>
    ObjectSubject,

    /// <summary>Everyone named around the cue acts together, no recipient ("talks between X and Y").</summary>
    Parties,
}
