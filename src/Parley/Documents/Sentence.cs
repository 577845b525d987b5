namespace Parley.Documents;

/// <summary>
/// A sentence-like unit: a sentence of a paragraph, a heading, or (a sentence of) a list item.
/// Tokens <c>[FirstToken, FirstToken + TokenCount)</c> of the document lie inside it.
/// </summary>
public readonly record struct Sentence(int Start, int End, int Block, int FirstToken, int TokenCount)
{
    /// <summary>The sentence's character range.</summary>
    public TextSpan Span => new(Start, End);

    /// <summary>Index one past the last token of the sentence.</summary>
    public int EndToken => FirstToken + TokenCount;
}
