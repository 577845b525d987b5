namespace Parley.Documents;

/// <summary>The layout role of a block of text.</summary>
public enum BlockKind : byte
{
    /// <summary>Running prose.</summary>
    Paragraph,
    /// <summary>A title or section heading: a short line that introduces what follows.</summary>
    Heading,
    /// <summary>One bullet or numbered item of a list.</summary>
    ListItem,
}
