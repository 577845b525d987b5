namespace Parley.Events;

/// <summary>What a phrase of <c>events/response-cues.tsv</c> says: that an event answers the clause before it.</summary>
public enum ResponseCue : byte
{
    /// <summary>A participle after which the one named acts in response ("…, prompting Israel to recall").</summary>
    Causative,

    /// <summary>A phrase after an event's words saying it answers what came before ("in retaliation").</summary>
    Response,
}
