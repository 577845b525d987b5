namespace Parley.Events;

/// <summary>
/// Whether an event happened, as the text tells it: PLOVER's auxiliary modes. Speculation must never
/// come out as <see cref="Asserted"/>.
/// </summary>
public enum EventModality : byte
{
    /// <summary>Reported as having happened or happening now.</summary>
    Asserted,

    /// <summary>Scheduled, announced or promised.</summary>
    Future,

    /// <summary>Conditional or speculated about: "could", "is expected to", "if".</summary>
    Hypothetical,

    /// <summary>Said not to have happened: "did not", "has yet to", "denied".</summary>
    Negated,

    /// <summary>Background well before the publication date.</summary>
    Historical,
}
