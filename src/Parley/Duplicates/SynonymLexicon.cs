using System.Collections.Frozen;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using Parley.Lexicons;

namespace Parley.Duplicates;

/// <summary>
/// Words and phrases that spinning software swaps for one another ("special" → "particular"), each mapped
/// to one canonical form, loaded from <c>lexicons/synonyms/near-duplicates.tsv</c> (fields:
/// canonical, variant; lower case; either may be several words). The shingler replaces every variant by
/// its canonical form, so a spun copy yields the same shingles as its source.
/// </summary>
public sealed class SynonymLexicon
{
    /// <summary>The lexicon file, below <c>lexicons/</c>.</summary>
    public const string Path = "synonyms/near-duplicates.tsv";

    private static readonly Lazy<SynonymLexicon> ShippedLexicon = new(() => Load(LexiconFiles.Shipped));

    private readonly FrozenDictionary<string, SynonymPhrase[]>.AlternateLookup<ReadOnlySpan<char>> byFirstWord;

    // The canonical forms by first word, each as its later words, longest first: what a text's variants are weighed against.
    private readonly FrozenDictionary<string, string[][]>.AlternateLookup<ReadOnlySpan<char>> canonicalsByFirstWord;

    private SynonymLexicon(FrozenDictionary<string, SynonymPhrase[]> phrases, FrozenDictionary<string, string[][]> canonicals, int count, ulong fingerprint)
    {
        byFirstWord = phrases.GetAlternateLookup<ReadOnlySpan<char>>();
        canonicalsByFirstWord = canonicals.GetAlternateLookup<ReadOnlySpan<char>>();
        Count = count;
        Fingerprint = fingerprint;
    }

    /// <summary>The shipped lexicon.</summary>
    public static SynonymLexicon Shipped => ShippedLexicon.Value;

    /// <summary>A lexicon that maps nothing: every word stands for itself.</summary>
    public static SynonymLexicon Empty { get; } = new(FrozenDictionary<string, SynonymPhrase[]>.Empty, FrozenDictionary<string, string[][]>.Empty, 0, 0);

    /// <summary>Variants known.</summary>
    public int Count { get; }

    /// <summary>
    /// A hash of every variant and its canonical form (0 for none): two lexicons with one fingerprint fold
    /// text alike, so signatures stored under one stay comparable with signatures made under the other.
    /// </summary>
    public ulong Fingerprint { get; }

    /// <summary>Loads the lexicon from the shipped file and a user folder's file of the same name.</summary>
    /// <exception cref="LexiconFormatException">A line is malformed, or a variant has two canonical forms.</exception>
    public static SynonymLexicon Load(LexiconFiles files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var canonicalOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var sources = new Dictionary<string, SourcedLine>(StringComparer.Ordinal);
        foreach (var line in files.Read(Path, 2))
        {
            var canonical = Words(line, line.Fields[0]);
            var variant = Words(line, line.Fields[1]);
            if (canonical == variant)
                throw line.Error($"'{variant}' is given as its own synonym.");
            if (canonicalOf.TryGetValue(variant, out var earlier) && earlier != canonical)
                throw line.Error($"'{variant}' already stands for '{earlier}' ({sources[variant].Source}).");
            canonicalOf[variant] = canonical;
            sources[variant] = line;
        }
        foreach (var (variant, canonical) in canonicalOf)
        {
            if (canonicalOf.TryGetValue(canonical, out var further))
                throw sources[variant].Error($"'{canonical}' is itself a variant (of '{further}'): map '{variant}' to that form directly.");
        }
        var phrases = new Dictionary<string, List<SynonymPhrase>>(StringComparer.Ordinal);
        foreach (var (variant, canonical) in canonicalOf)
        {
            var words = variant.Split(' ');
            if (!phrases.TryGetValue(words[0], out var list))
                phrases[words[0]] = list = [];
            // A word of a canonical phrase that is itself a variant is folded too, as it is in text
            // ("news conference" reads as "news meeting" when "conference" stands for "meeting").
            var folded = canonical.Split(' ').SelectMany(w => canonicalOf.TryGetValue(w, out var c) ? c.Split(' ') : [w]);
            list.Add(new SynonymPhrase(words[1..], folded.Select(w => Hash(w)).ToArray()));
        }
        var canonicals = canonicalOf.Values.Distinct(StringComparer.Ordinal).Select(c => c.Split(' '))
            .GroupBy(words => words[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(words => words[1..]).OrderByDescending(rest => rest.Length).ToArray(), StringComparer.Ordinal);
        // The longest variant at a word wins: "carried out" before "carried".
        return new SynonymLexicon(
            phrases.ToFrozenDictionary(p => p.Key, p => p.Value.OrderByDescending(s => s.Rest.Length).ToArray(), StringComparer.Ordinal),
            canonicals,
            canonicalOf.Count,
            canonicalOf.Count == 0 ? 0 : Hash(string.Join('\n', canonicalOf.Select(p => p.Key + "\t" + p.Value).Order(StringComparer.Ordinal))));
    }

    /// <summary>The 64-bit hash of a normalised word, as the shingler computes it.</summary>
    public static ulong Hash(ReadOnlySpan<char> word) => XxHash3.HashToUInt64(MemoryMarshal.AsBytes(word));

    /// <summary>
    /// Looks for a variant starting at word <paramref name="index"/> of <paramref name="words"/> (normalised
    /// words as ranges of <paramref name="buffer"/>); on success, the canonical words' hashes and the number
    /// of words the variant spans.
    /// </summary>
    internal bool TryMatch(ReadOnlySpan<char> buffer, ReadOnlySpan<Range> words, int index, out ulong[] canonical, out int length)
    {
        canonical = [];
        length = 0;
        if (!byFirstWord.TryGetValue(buffer[words[index]], out var candidates))
            return false;
        foreach (var candidate in candidates)
        {
            if (Follows(buffer, words, index, candidate.Rest))
            {
                canonical = candidate.Canonical;
                length = candidate.Rest.Length + 1;
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The number of words of the canonical form starting at word <paramref name="index"/> (the longest when
    /// several do), or 0 when none does.
    /// </summary>
    internal int CanonicalLength(ReadOnlySpan<char> buffer, ReadOnlySpan<Range> words, int index)
    {
        if (!canonicalsByFirstWord.TryGetValue(buffer[words[index]], out var candidates))
            return 0;
        foreach (var rest in candidates)
        {
            if (Follows(buffer, words, index, rest))
                return rest.Length + 1;
        }
        return 0;
    }

    /// <summary>Whether the words after word <paramref name="index"/> are <paramref name="rest"/>.</summary>
    private static bool Follows(ReadOnlySpan<char> buffer, ReadOnlySpan<Range> words, int index, string[] rest)
    {
        if (index + rest.Length >= words.Length)
            return false;
        for (var i = 0; i < rest.Length; i++)
        {
            if (!buffer[words[index + 1 + i]].SequenceEqual(rest[i]))
                return false;
        }
        return true;
    }

    /// <summary>A field's words, normalised as the shingler normalises text, joined by single spaces.</summary>
    private static string Words(SourcedLine line, string field)
    {
        var words = TextShingler.NormalisedWords(field);
        if (words.Count == 0)
            throw line.Error($"'{field}' has no word.");
        return string.Join(' ', words);
    }

    /// <summary>A variant: its words after the first, and the hashes of its canonical form's words.</summary>
    private sealed record SynonymPhrase(string[] Rest, ulong[] Canonical);
}
