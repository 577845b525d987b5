namespace Parley.Web.Pages;

/// <summary>
/// The PLOVER event types, from the most cooperative to the most conflictual, as the type filter lists them.
/// Each has a CSS class <c>t-TYPE</c> (colour in parley.css) for highlights, legends and table cells.
/// </summary>
public static class EventTypes
{
    /// <summary>The sixteen types.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
        "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    ];

    /// <summary>The CSS class of a type; an unknown one (a newer lexicon) gets the neutral class.</summary>
    public static string Class(string type) => All.Contains(type) ? "t-" + type : "t-OTHER";
}
