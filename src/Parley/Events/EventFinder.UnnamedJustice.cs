namespace Parley.Events;

public sealed partial class EventFinder
{
    /// <summary>
    /// Whether an act told in the passive with no doer ("was arrested in May 2020", "has been charged", "were convicted")
    /// is one of justice: an arrest, a deportation, a charge, an inquiry or a sentence. The police, prosecutors and courts
    /// who do it go unnamed and are seldom the party of an earlier act of the kind ("the jailed husband of …" told before,
    /// "Belgrade accused the men …, and Vucic said they could face terrorism charges"), so no doer is carried to it.
    /// </summary>
    private static bool IsUnascribedJustice(PloverEvent e) =>
        e.Category.Contexts.Contains("legal") || e.Category is { Type: "ACCUSE", Mode: "allege" or "investigate" };
}
