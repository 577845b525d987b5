namespace Parley.Mentions;

/// <summary>What a mention refers to.</summary>
public enum MentionKind : byte
{
    /// <summary>A political actor: a state, its government or forces, an organisation, a group, a person.</summary>
    Actor,
    /// <summary>A location.</summary>
    Place,
    /// <summary>A point or span of time.</summary>
    Date,
}
