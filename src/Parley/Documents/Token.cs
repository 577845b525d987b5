namespace Parley.Documents;

/// <summary>
/// One token: a view of <c>[Start, End)</c> in the document text. Tokens never cover whitespace,
/// so the text is rebuilt exactly from the tokens plus the gaps between them.
/// </summary>
public readonly record struct Token(int Start, int End, TokenKind Kind)
{
    /// <summary>The token's character range.</summary>
    public TextSpan Span => new(Start, End);

    /// <summary>Number of characters covered.</summary>
    public int Length => End - Start;
}
