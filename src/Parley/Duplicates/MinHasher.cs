using System.Buffers;
using System.Numerics;

namespace Parley.Duplicates;

/// <summary>
/// Computes MinHash signatures of texts. Each permutation is a multiply-shift hash
/// <c>(a·x + b) &gt;&gt; 32</c> of the shingle's 64-bit hash with odd <c>a</c>; the (a, b) pairs are drawn
/// from SplitMix64 seeded by <see cref="DuplicateOptions.Seed"/>, so a signature is the same on every run
/// and machine, and signatures stored today stay comparable with those computed tomorrow.
/// </summary>
public sealed class MinHasher
{
    private readonly ulong[] multipliers;
    private readonly ulong[] increments;

    /// <summary>Creates a hasher of <paramref name="options"/>' signature length and seed, shingling with <paramref name="shingler"/>.</summary>
    public MinHasher(DuplicateOptions options, TextShingler shingler)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(shingler);
        options.Validate();
        Shingler = shingler;
        multipliers = new ulong[options.SignatureLength];
        increments = new ulong[options.SignatureLength];
        var state = options.Seed;
        for (var i = 0; i < multipliers.Length; i++)
        {
            multipliers[i] = SplitMix64(ref state) | 1;
            increments[i] = SplitMix64(ref state);
        }
    }

    private static readonly Lazy<MinHasher> Shared = new(CreateDefault);

    /// <summary>One hasher of the default options and shipped synonyms, shared (signing is thread-safe): what the store signs with.</summary>
    public static MinHasher Default => Shared.Value;

    /// <summary>A hasher with the default options and the shipped synonyms.</summary>
    public static MinHasher CreateDefault() =>
        new(DuplicateOptions.Default, new TextShingler(SynonymLexicon.Shipped, DuplicateOptions.Default.ShingleSize));

    /// <summary>The shingler.</summary>
    public TextShingler Shingler { get; }

    /// <summary>Values per signature.</summary>
    public int Length => multipliers.Length;

    /// <summary>The signature of <paramref name="text"/>.</summary>
    public MinHashSignature Sign(ReadOnlySpan<char> text)
    {
        var state = new SignState(this, new uint[Length]);
        Shingler.Shingle(text, ref state, static (shingles, synonyms, ref state) =>
        {
            state.Count = state.Hasher.Fill(shingles, state.Values);
            state.Synonyms = synonyms;
        });
        return new MinHashSignature(state.Values, state.Count) { Synonyms = state.Synonyms };
    }

    /// <summary>The signature of a set of shingle hashes (repeats are harmless).</summary>
    public MinHashSignature Sign(ReadOnlySpan<ulong> shingles)
    {
        var values = new uint[Length];
        var count = Fill(shingles, values);
        return new MinHashSignature(values, count);
    }

    /// <summary>Fills <paramref name="values"/> with the minima over <paramref name="shingles"/>; returns the number of distinct shingles.</summary>
    private int Fill(ReadOnlySpan<ulong> shingles, Span<uint> values)
    {
        if (shingles.IsEmpty)
        {
            values.Fill(uint.MaxValue);
            return 0;
        }
        var a = multipliers.AsSpan();
        var b = increments.AsSpan(0, a.Length);
        values = values[..a.Length];
        // Permutation by permutation over every shingle, a vector of permutations at a time: each minimum stays
        // in a register for the whole text. The arithmetic is the scalar one (wrapping 64-bit products), so the
        // values are too.
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            for (; i + Vector<ulong>.Count <= a.Length; i += Vector<ulong>.Count)
            {
                var multiplier = new Vector<ulong>(a[i..]);
                var increment = new Vector<ulong>(b[i..]);
                var minima = new Vector<ulong>(uint.MaxValue);
                foreach (var x in shingles)
                    minima = Vector.Min(minima, (multiplier * x + increment) >> 32);
                for (var lane = 0; lane < Vector<ulong>.Count; lane++)
                    values[i + lane] = (uint)minima[lane];
            }
        }
        for (; i < a.Length; i++)
        {
            var minimum = uint.MaxValue;
            foreach (var x in shingles)
                minimum = Math.Min(minimum, (uint)((a[i] * x + b[i]) >> 32));
            values[i] = minimum;
        }
        return CountDistinct(shingles);
    }

    private static int CountDistinct(ReadOnlySpan<ulong> shingles)
    {
        var sorted = ArrayPool<ulong>.Shared.Rent(shingles.Length);
        try
        {
            var span = sorted.AsSpan(0, shingles.Length);
            shingles.CopyTo(span);
            span.Sort();
            var distinct = 1;
            for (var i = 1; i < span.Length; i++)
            {
                if (span[i] != span[i - 1])
                    distinct++;
            }
            return distinct;
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(sorted);
        }
    }

    private static ulong SplitMix64(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }

    /// <summary>What <see cref="Sign(ReadOnlySpan{char})"/> threads through the shingler.</summary>
    private struct SignState(MinHasher hasher, uint[] values)
    {
        public readonly MinHasher Hasher = hasher;
        public readonly uint[] Values = values;
        public int Count;
        public SynonymUse Synonyms;
    }
}
