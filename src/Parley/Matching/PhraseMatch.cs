namespace Parley.Matching;

/// <summary>A lexicon phrase found at tokens <c>[Start, End)</c>, with every entry that phrase has.</summary>
public readonly record struct PhraseMatch<T>(int Start, int End, IReadOnlyList<T> Values)
{
    /// <summary>Number of tokens matched.</summary>
    public int Length => End - Start;
}
