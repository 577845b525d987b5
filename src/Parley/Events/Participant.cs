namespace Parley.Events;

/// <summary>An actor or recipient of an event: an actor mention, or a place standing for its country.</summary>
/// <param name="Start">First character of the words naming it.</param>
/// <param name="End">Character after them.</param>
/// <param name="Code">ISO alpha-3 or organisation code.</param>
/// <param name="Sector">PLOVER/CAMEO sector (GOV, MIL …).</param>
/// <param name="Name">The person or organisation's name, when known.</param>
public sealed record Participant(int Start, int End, string Code, string Sector, string? Name)
{
    /// <summary>
    /// Whether the event took it as recipient only from the story, not its own sentence: because the event answers the
    /// act told just before it ("Tokyo vowed to respond" is aimed at whoever fired), or because it is the actor's
    /// counterpart in the story's dyad. A guess, which events whose parties are carried from it must not inherit.
    /// </summary>
    public bool AnswersActBefore { get; init; }

    /// <summary>
    /// Which side of a dispute an actor of country or organisation <paramref name="code"/> and sector <paramref name="sector"/>
    /// is on: its country, whose rebels and opposition are a side of their own ("Sudan's army and the RSF").
    /// </summary>
    public static string SideOf(string code, string sector) => sector is "REB" or "OPP" ? code + "/" + sector : code;
}
