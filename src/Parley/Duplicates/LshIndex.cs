using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Parley.Duplicates;

/// <summary>
/// Locality-sensitive hashing over MinHash signatures: each signature is cut into
/// <see cref="DuplicateOptions.Bands"/> bands of <see cref="DuplicateOptions.Rows"/> values, and each band's
/// values hash to a bucket key. Documents that share a bucket in any band are candidates: a pair of Jaccard
/// similarity <c>s</c> becomes one with probability <c>1 − (1 − s^rows)^bands</c>. A lookup reads one bucket
/// per band and at most <see cref="DuplicateOptions.MaximumBucketWalk"/> postings from each, so its cost
/// does not grow with the number of documents indexed.
/// </summary>
public sealed class LshIndex
{
    private const int End = -1;

    private readonly int bands;
    private readonly int rows;
    private readonly int walk;
    private readonly ulong seed;
    private readonly Dictionary<ulong, int>[] heads;
    // Postings as parallel lists: the document of a posting and the next (older) posting of its bucket.
    private readonly List<int> documents = [];
    private readonly List<int> next = [];
    private readonly HashSet<int> seen = [];
    private readonly ulong[] keys;

    /// <summary>Creates an empty index banding signatures as <paramref name="options"/> says.</summary>
    public LshIndex(DuplicateOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        bands = options.Bands;
        rows = options.Rows;
        walk = options.MaximumBucketWalk;
        seed = options.Seed;
        heads = new Dictionary<ulong, int>[bands];
        for (var i = 0; i < bands; i++)
            heads[i] = [];
        keys = new ulong[bands];
    }

    /// <summary>Documents indexed.</summary>
    public int Count { get; private set; }

    /// <summary>Postings read by lookups so far: what a lookup costs, for tests and benchmarks.</summary>
    public long PostingsRead { get; private set; }

    /// <summary>The bucket key of each band of <paramref name="signature"/>, as a store would keep them (band <c>i</c> at index <c>i</c>).</summary>
    public void BandKeys(MinHashSignature signature, Span<ulong> destination)
    {
        ArgumentNullException.ThrowIfNull(signature);
        if (signature.Values.Length != bands * rows)
            throw new ArgumentException($"The signature has {signature.Values.Length} values; this index bands {bands} × {rows}.", nameof(signature));
        var values = signature.Values.AsSpan();
        for (var band = 0; band < bands; band++)
            destination[band] = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(values.Slice(band * rows, rows)), (long)(seed + (ulong)band));
    }

    /// <summary>Adds document <paramref name="document"/> (a caller's ordinal, 0 or more) under the buckets of <paramref name="signature"/>; an empty signature is not indexed.</summary>
    public void Add(int document, MinHashSignature signature)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(document);
        ArgumentNullException.ThrowIfNull(signature);
        if (signature.IsEmpty)
            return;
        BandKeys(signature, keys);
        for (var band = 0; band < bands; band++)
        {
            ref var head = ref CollectionsMarshal.GetValueRefOrAddDefault(heads[band], keys[band], out var exists);
            documents.Add(document);
            next.Add(exists ? head : End);
            head = documents.Count - 1;
        }
        Count++;
    }

    /// <summary>
    /// Adds to <paramref name="candidates"/> each document sharing a bucket with <paramref name="signature"/>,
    /// once, newest first within a bucket; returns how many were added.
    /// </summary>
    public int Candidates(MinHashSignature signature, List<int> candidates)
    {
        ArgumentNullException.ThrowIfNull(signature);
        ArgumentNullException.ThrowIfNull(candidates);
        if (signature.IsEmpty)
            return 0;
        BandKeys(signature, keys);
        seen.Clear();
        var added = 0;
        for (var band = 0; band < bands; band++)
        {
            if (!heads[band].TryGetValue(keys[band], out var posting))
                continue;
            for (var read = 0; posting != End && read < walk; read++, posting = next[posting])
            {
                PostingsRead++;
                if (seen.Add(documents[posting]))
                {
                    candidates.Add(documents[posting]);
                    added++;
                }
            }
        }
        return added;
    }
}
