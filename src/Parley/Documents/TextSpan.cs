namespace Parley.Documents;

/// <summary>A half-open character range <c>[Start, End)</c> of a document's text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>Number of characters covered.</summary>
    public int Length => End - Start;

    /// <summary>True when the range covers no character.</summary>
    public bool IsEmpty => End <= Start;

    /// <summary>True when <paramref name="other"/> lies entirely inside this range.</summary>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>True when the two ranges share at least one character.</summary>
    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    /// <inheritdoc />
    public override string ToString() => $"[{Start}, {End})";
}
