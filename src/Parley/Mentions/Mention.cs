namespace Parley.Mentions;

/// <summary>
/// A stretch <c>[Start, End)</c> of the document text that names an actor, a place or a time, with what
/// it resolves to and the component that found it. Exactly one of the references is set, matching <see cref="Kind"/>.
/// </summary>
public sealed record Mention(MentionKind Kind, int Start, int End, string Component)
{
    /// <summary>The actor, for actor mentions.</summary>
    public ActorReference? Actor { get; init; }

    /// <summary>The place, for place mentions.</summary>
    public PlaceReference? Place { get; init; }

    /// <summary>The time, for date mentions; null when a relative date has no publication date to resolve against.</summary>
    public TimeReference? Time { get; init; }

    /// <summary>
    /// True for the place of a wire dateline ("KYIV, Feb 19 (Reuters) —"): where the story was filed, not a
    /// word of the sentence it opens, so events and context do not take it as the scene.
    /// </summary>
    public bool IsDateline { get; init; }

    /// <summary>How the mention was resolved ("lexicons/actors/countries.tsv:812", "coreference", "relative to publication date").</summary>
    public string? Evidence { get; init; }
}
