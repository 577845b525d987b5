namespace Parley.Matching;

/// <summary>
/// A handful of words matched ignoring case (as <see cref="StringComparer.OrdinalIgnoreCase"/> does), found by comparing a
/// word with the few of its length: for the small closed lists that matchers ask about at every token they read ("on",
/// "in", "at" before a date), where hashing the word and a frozen set's generic dispatch cost more than the comparisons.
/// </summary>
public sealed class FewWords
{
    // The words by length: byLength[n] holds those of n characters, up to the longest.
    private readonly string[][] byLength;

    /// <summary>Creates the list of <paramref name="words"/>.</summary>
    public FewWords(params string[] words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var longest = 0;
        foreach (var word in words)
            longest = Math.Max(longest, word.Length);
        byLength = new string[longest + 1][];
        for (var length = 0; length <= longest; length++)
            byLength[length] = Array.FindAll(words, word => word.Length == length);
    }

    /// <summary>Whether <paramref name="word"/> is one of the words, ignoring case.</summary>
    public bool Contains(ReadOnlySpan<char> word)
    {
        if ((uint)word.Length >= (uint)byLength.Length)
            return false;
        foreach (var candidate in byLength[word.Length])
        {
            if (word.Equals(candidate, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }
}
