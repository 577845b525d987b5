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

    // The first character of each word in byLength, ASCII letters in lower case: a word whose first character is ASCII and
    // differs is no match, told without the full case-blind comparison (most words asked about are none of the list).
    private readonly char[][] firstByLength;

    /// <summary>Creates the list of <paramref name="words"/>.</summary>
    public FewWords(params string[] words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var longest = 0;
        foreach (var word in words)
            longest = Math.Max(longest, word.Length);
        byLength = new string[longest + 1][];
        firstByLength = new char[longest + 1][];
        for (var length = 0; length <= longest; length++)
        {
            byLength[length] = Array.FindAll(words, word => word.Length == length);
            firstByLength[length] = Array.ConvertAll(byLength[length], word => word.Length == 0 ? '\0' : AsciiLower(word[0]));
        }
    }

    /// <summary>Whether <paramref name="word"/> is one of the words, ignoring case.</summary>
    public bool Contains(ReadOnlySpan<char> word)
    {
        if ((uint)word.Length >= (uint)byLength.Length)
            return false;
        var candidates = byLength[word.Length];
        var firsts = firstByLength[word.Length];
        var first = word.IsEmpty ? '\0' : AsciiLower(word[0]);
        for (var k = 0; k < candidates.Length; k++)
        {
            // Outside ASCII, case-blind equality of two characters is the full comparison's to tell.
            if (first != firsts[k] && char.IsAscii(first) && char.IsAscii(firsts[k]))
                continue;
            if (word.Equals(candidates[k], StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    private static char AsciiLower(char c) => char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
}
