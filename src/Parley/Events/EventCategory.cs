using Parley.Actors;

namespace Parley.Events;

/// <summary>A PLOVER type and mode with its CAMEO code, conflict–cooperation score and fixed contexts (one line of <c>events/types.tsv</c>).</summary>
/// <param name="Type">PLOVER type, e.g. CONSULT.</param>
/// <param name="Mode">PLOVER mode, or null for the type without one.</param>
/// <param name="Cameo">The closest CAMEO code.</param>
/// <param name="Score">PLOVER conflict–cooperation score, −10 to +10.</param>
/// <param name="Contexts">Contexts every such event has.</param>
/// <param name="PlaceIsTarget">A place named after the cue is what the event strikes or leaves: its country is the recipient when no actor is named.</param>
/// <param name="PlaceIsDestination">A place named after "to", "into" or "for" is where it goes: its country is the recipient when no actor is named (aid).</param>
/// <param name="PlaceIsHome">The people acting belong to the place where it happens when no actor is named (protests).</param>
/// <param name="Line">Where it is defined.</param>
public sealed record EventCategory(string Type, string? Mode, string Cameo, double Score, IReadOnlyList<string> Contexts, bool PlaceIsTarget, bool PlaceIsDestination, bool PlaceIsHome, LexiconSource Line)
{
    /// <summary>The type of patterns that name no event: they take their words so no other pattern reads them as one.</summary>
    public const string None = "NONE";

    /// <summary>
    /// Whether the event is something said against another party: CAMEO's verbal-conflict roots 10–13 (demand,
    /// disapprove, reject, threaten). Two cues of one such statement in a sentence ("condemned the strike, calling it
    /// a provocation") restate it; two cues of an act tell two acts.
    /// </summary>
    public bool IsStatement => Cameo.Length >= 2 && Cameo[0] == '1' && Cameo[1] is >= '0' and <= '3';
}
