namespace Parley.Matching;

/// <summary>
/// A bitmap over a cheap fingerprint of words (length, first, middle and last character) that answers "certainly not one
/// of the words added" for most words without hashing them whole: a test before a large dictionary, asked for every token
/// of every document, where most tokens are not in it. A word added is never rejected; a word not added may pass.
/// </summary>
public sealed class WordFilter
{
    // 2^16 bits (8 KB): small enough to stay in cache, sparse enough for tens of thousands of words.
    private const int Bits = 16;

    private readonly ulong[] bits = new ulong[(1 << Bits) / 64];

    /// <summary>Records a word, which <see cref="MayContain"/> then always accepts.</summary>
    public void Add(ReadOnlySpan<char> word)
    {
        var bit = Fingerprint(word);
        bits[bit >> 6] |= 1UL << (int)(bit & 63);
    }

    /// <summary>False when <paramref name="word"/> was certainly never added; true when it may have been.</summary>
    public bool MayContain(ReadOnlySpan<char> word)
    {
        var bit = Fingerprint(word);
        return (bits[bit >> 6] & (1UL << (int)(bit & 63))) != 0;
    }

    private static uint Fingerprint(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
            return 0;
        var hash = (uint)word.Length * 0x9E3779B1u;
        hash = (hash ^ word[0]) * 0x85EBCA77u;
        hash = (hash ^ word[^1]) * 0xC2B2AE3Du;
        hash = (hash ^ word[word.Length >> 1]) * 0x27D4EB2Fu;
        return hash >> (32 - Bits);
    }
}
