namespace Parley.Mentions;

/// <summary>The role a run of tokens plays when actor phrases are put together.</summary>
public enum ChunkKind : byte
{
    /// <summary>A proper name of the lexicon.</summary>
    Name,
    /// <summary>A role noun or title.</summary>
    Role,
    /// <summary>The possessive "'s".</summary>
    Possessive,
    /// <summary>"and", joining two modifiers ("Hungarian and Romanian officials").</summary>
    And,
    /// <summary>The article "the".</summary>
    The,
    /// <summary>A personal pronoun that can stand for a named person ("he", "she").</summary>
    Pronoun,
    /// <summary>A capitalised word the lexicon does not know (part of a name, perhaps).</summary>
    Capitalised,
    /// <summary>Anything else.</summary>
    Other,
}
