using System.Buffers;
using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Parley.Duplicates;

/// <summary>
/// Turns text into word shingles: hashes of every run of <see cref="DuplicateOptions.ShingleSize"/>
/// consecutive words. Words are folded to lower case and read without punctuation: an apostrophe, hyphen
/// or period between two letters joins them ("Ukraine's" → "ukraines", "cease-fire" → "ceasefire",
/// "U.S." → "us"), and so does a comma or period between two digits ("1,000" → "1000"). Every synonym
/// variant of the <see cref="SynonymLexicon"/> is replaced by its canonical form before shingling.
/// </summary>
public sealed class TextShingler
{
    private readonly SynonymLexicon synonyms;

    /// <summary>Creates a shingler.</summary>
    /// <param name="synonyms">Synonyms to fold; <see cref="SynonymLexicon.Empty"/> for none.</param>
    /// <param name="shingleSize">Words per shingle.</param>
    public TextShingler(SynonymLexicon synonyms, int shingleSize)
    {
        ArgumentNullException.ThrowIfNull(synonyms);
        ArgumentOutOfRangeException.ThrowIfLessThan(shingleSize, 1);
        this.synonyms = synonyms;
        ShingleSize = shingleSize;
    }

    /// <summary>Words per shingle.</summary>
    public int ShingleSize { get; }

    /// <summary>The synonyms folded before shingling.</summary>
    public SynonymLexicon Synonyms => synonyms;

    /// <summary>
    /// Calls <paramref name="consumer"/> with the hashes of the text's shingles, in text order (repeats
    /// included), and how the text uses the synonym lexicon; a text shorter than one shingle gives one
    /// shingle of all its words, an empty text none.
    /// The span lent to the consumer is valid only during the call.
    /// </summary>
    public void Shingle<TState>(ReadOnlySpan<char> text, ref TState state, ShingleConsumer<TState> consumer)
        where TState : allows ref struct
    {
        ArgumentNullException.ThrowIfNull(consumer);
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, text.Length));
        var words = ArrayPool<Range>.Shared.Rent(Math.Max(1, text.Length / 2 + 1));
        var hashes = ArrayPool<ulong>.Shared.Rent(Math.Max(1, text.Length / 2 + 1));
        var shingles = ArrayPool<ulong>.Shared.Rent(Math.Max(1, text.Length / 2 + 1));
        try
        {
            var wordCount = Normalise(text, chars, words);
            var hashCount = Fold(chars, words.AsSpan(0, wordCount), hashes, out var use);
            var count = 0;
            if (hashCount > 0 && hashCount <= ShingleSize)
                shingles[count++] = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(hashes.AsSpan(0, hashCount)));
            else
            {
                for (var i = 0; i + ShingleSize <= hashCount; i++)
                    shingles[count++] = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(hashes.AsSpan(i, ShingleSize)));
            }
            consumer(shingles.AsSpan(0, count), use, ref state);
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(shingles);
            ArrayPool<ulong>.Shared.Return(hashes);
            ArrayPool<Range>.Shared.Return(words);
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>The distinct shingle hashes of <paramref name="text"/>, sorted: the set that MinHash estimates Jaccard similarity over.</summary>
    public ulong[] DistinctShingles(ReadOnlySpan<char> text)
    {
        ulong[] result = [];
        Shingle(text, ref result, static (shingles, _, ref result) =>
        {
            var copy = shingles.ToArray();
            Array.Sort(copy);
            var distinct = copy.AsSpan().Length == 0 ? 0 : 1;
            for (var i = 1; i < copy.Length; i++)
            {
                if (copy[i] != copy[distinct - 1])
                    copy[distinct++] = copy[i];
            }
            result = copy[..distinct];
        });
        return result;
    }

    /// <summary>The normalised words of <paramref name="text"/> (for lexicon loading and tests; allocates a string per word).</summary>
    public static List<string> NormalisedWords(ReadOnlySpan<char> text)
    {
        var chars = new char[Math.Max(1, text.Length)];
        var words = new Range[text.Length / 2 + 1];
        var count = Normalise(text, chars, words);
        var result = new List<string>(count);
        for (var i = 0; i < count; i++)
            result.Add(new string(chars.AsSpan()[words[i]]));
        return result;
    }

    /// <summary>Writes the lower-cased word characters of <paramref name="text"/> to <paramref name="chars"/> and each word's range to <paramref name="words"/>; returns the word count.</summary>
    private static int Normalise(ReadOnlySpan<char> text, Span<char> chars, Span<Range> words)
    {
        var length = 0;
        var count = 0;
        var start = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                if (start < 0)
                    start = length;
                chars[length++] = char.ToLowerInvariant(c);
                continue;
            }
            if (start >= 0 && i + 1 < text.Length && IsJoiner(text[i - 1], c, text[i + 1]))
                continue;
            if (start >= 0)
            {
                words[count++] = new Range(start, length);
                start = -1;
            }
        }
        if (start >= 0)
            words[count++] = new Range(start, length);
        return count;
    }

    /// <summary>Whether <paramref name="c"/> between <paramref name="before"/> and <paramref name="after"/> is inside a word.</summary>
    private static bool IsJoiner(char before, char c, char after) => c switch
    {
        '\'' or '\u2019' or '\u2018' or '\u02BC' or '-' or '\u2010' or '\u2011' => char.IsLetterOrDigit(before) && char.IsLetterOrDigit(after),
        '.' => (char.IsLetter(before) && char.IsLetter(after)) || (char.IsDigit(before) && char.IsDigit(after)),
        ',' => char.IsDigit(before) && char.IsDigit(after),
        _ => false,
    };

    /// <summary>
    /// Hashes each word, replacing synonym variants by their canonical words, and counts the variants and
    /// canonical forms read; returns the number of hashes written.
    /// </summary>
    private int Fold(ReadOnlySpan<char> chars, ReadOnlySpan<Range> words, Span<ulong> hashes, out SynonymUse use)
    {
        var count = 0;
        var variants = 0;
        var canonicals = 0;
        // The end of the canonical form last counted: its later words count as nothing more.
        var canonicalUntil = 0;
        for (var i = 0; i < words.Length;)
        {
            if (synonyms.TryMatch(chars, words, i, out var canonical, out var length) && count + canonical.Length <= hashes.Length)
            {
                canonical.CopyTo(hashes[count..]);
                count += canonical.Length;
                // "conference" inside "news conference" is folded ("news meeting") but is no variant used.
                if (i >= canonicalUntil)
                    variants++;
                i += length;
                continue;
            }
            if (i >= canonicalUntil && synonyms.CanonicalLength(chars, words, i) is > 0 and var canonicalLength)
            {
                canonicals++;
                canonicalUntil = i + canonicalLength;
            }
            hashes[count++] = SynonymLexicon.Hash(chars[words[i]]);
            i++;
        }
        use = new SynonymUse(canonicals, variants);
        return count;
    }
}
