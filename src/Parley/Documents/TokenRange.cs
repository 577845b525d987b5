namespace Parley.Documents;

/// <summary>A run of tokens <c>[First, End)</c> of a document, and the characters they cover.</summary>
public readonly record struct TokenRange(int First, int End, int CharStart, int CharEnd)
{
    /// <summary>Number of tokens.</summary>
    public int Count => End - First;

    /// <summary>The character range from the first token's start to the last token's end.</summary>
    public TextSpan Span => new(CharStart, CharEnd);
}
