namespace Parley.Documents;

/// <summary>How a character range that does not fall on token boundaries is mapped onto tokens.</summary>
public enum Alignment
{
    /// <summary>Only an exact match of token boundaries is accepted.</summary>
    Strict,
    /// <summary>Keep only the tokens lying wholly inside the range.</summary>
    Contract,
    /// <summary>Take every token the range touches.</summary>
    Expand,
}
