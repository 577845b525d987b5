namespace Parley.Documents;

/// <summary>
/// A paragraph, heading or list item. Its range may cross line breaks that the layout analyser
/// judged to be soft (wrapped lines, links scraped onto lines of their own).
/// </summary>
public readonly record struct Block(int Start, int End, BlockKind Kind)
{
    /// <summary>The block's character range.</summary>
    public TextSpan Span => new(Start, End);
}
