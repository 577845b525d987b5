namespace Parley.Events;

/// <summary>What a phrase of <c>events/response-cues.tsv</c> says: that an event answers the clause before it.</summary>
public enum ResponseCue : byte
{
    /// <summary>A participle after which the one named acts in response ("…, prompting Israel to recall").</summary>
    Causative,

    /// <summary>A phrase after an event's words saying it answers what came before ("in retaliation").</summary>
    Response,

    /// <summary>
    /// A verb whose object is an act told before, so that it is aimed at whoever did that act ("welcomed the ruling",
    /// "rejected the verdict"), as a condemnation's is.
    /// </summary>
    Reaction,

    /// <summary>
    /// A noun naming what a court decided ("rejected the verdict", "welcomed the ruling"), so that a reaction to it
    /// is aimed at the court that gave it.
    /// </summary>
    Ruling,
}
