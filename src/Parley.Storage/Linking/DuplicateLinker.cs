using System.IO.Hashing;
using System.Runtime.InteropServices;
using Parley.Documents;
using Parley.Duplicates;

namespace Parley.Storage.Linking;

/// <summary>
/// Links each document written to the near-duplicates already stored, inside the writer's transaction:
/// signs its text (<see cref="MinHasher"/>), reads the LSH buckets of its bands (at most
/// <see cref="DuplicateOptions.MaximumBucketWalk"/> rows each, newest first, so the cost does not grow with
/// the store), verifies the candidates against their stored signatures and, when some are copies of one
/// text, records it as a copy. A group's original is its earliest document, by publication date then by id;
/// when a document turns out earlier than its group's original, or bridges two groups, the former original
/// becomes a copy of the new one. Nothing is deleted. The store's rows are read and written through an
/// <see cref="IDuplicateIndex"/>, so every back end links alike.
/// <para>
/// The copies of a former original are re-pointed once per batch (<see cref="Flush"/>), not at each
/// regrouping: until then the batch follows the moves in memory. Copies arriving before their original, in
/// reverse date order, regroup a group again and again, and re-pointing and recounting the whole group each
/// time cost a third of the writer's time on the benchmark corpus. Only the happenings of documents whose
/// independent source changed are then recounted: a group whose new original has the same outlet as its
/// former one still counts as that outlet.
/// </para>
/// <para>
/// A copy is not posted in the buckets where one of the documents it copies already is: a later document
/// that shares such a bucket finds that one and joins the same group. Otherwise a widely syndicated story
/// would fill each of its buckets with copies, and every lookup of another copy would read the full walk of
/// every band (42 × 64 rows) and verify each copy met; with one posting per group and bucket the lookup
/// stays small. The price: a later document is verified against the group's member in that bucket rather
/// than this copy, so a chain of rewrites each within the threshold of the next only can be missed.
/// </para>
/// </summary>
internal sealed class DuplicateLinker : IDisposable
{
    private readonly IDuplicateIndex index;
    private readonly HashSet<string> touchedClusters;
    private readonly DuplicateOptions options = DuplicateOptions.Default;
    private readonly DuplicateVerifier verifier;
    private readonly LshIndex bands;
    private readonly ulong[] keys;
    private readonly uint[] stored;
    private readonly HashSet<long> seen = [];
    private readonly List<long> candidates = [];
    private readonly List<(int Band, long Document)> postings = [];
    private readonly HashSet<long> duplicates = [];
    private readonly bool[] covered;
    private readonly List<long> roots = [];
    // Former originals of this batch, each with the original it became a copy of; their copies still name them.
    private readonly Dictionary<long, long> moved = [];

    /// <summary>A linker writing through <paramref name="index"/>, adding the happenings a regrouping changes to <paramref name="touchedClusters"/>.</summary>
    public DuplicateLinker(IDuplicateIndex index, HashSet<string> touchedClusters)
    {
        this.index = index;
        this.touchedClusters = touchedClusters;
        verifier = new DuplicateVerifier(options);
        bands = new LshIndex(options);
        keys = new ulong[options.Bands];
        stored = new uint[options.SignatureLength];
        covered = new bool[options.Bands];
    }

    /// <summary>
    /// What a stored signature and its band keys depend on, as one number: signatures of another scheme
    /// (another seed, shingle size, banding or synonym lexicon) are not comparable and are never verified.
    /// </summary>
    public static long Scheme { get; } = SchemeOf(DuplicateOptions.Default, MinHasher.Default);

    /// <summary>
    /// Signs a document stored under <paramref name="id"/> (unless it comes signed) and links it to the
    /// copies already stored. Its events must be written already, so that a regrouping counts them.
    /// </summary>
    public void Link(long id, Document document)
    {
        var signature = document.Signature is { } signed && signed.Values.Length == stored.Length ? signed : MinHasher.Default.Sign(document.Text);
        index.AddSignature(id, Scheme, signature);
        if (signature.IsEmpty)
            return;
        bands.BandKeys(signature, keys);
        FindCandidates();

        // Verify every candidate; the groups of the copies found are merged under the earliest document.
        roots.Clear();
        duplicates.Clear();
        var nearest = -1L;
        var best = default(DuplicateVerdict);
        foreach (var candidate in candidates)
        {
            if (Verify(signature, candidate, out var root) is not { IsDuplicate: true } verdict)
                continue;
            duplicates.Add(candidate);
            if (nearest < 0 || verdict.Jaccard > best.Jaccard)
                (nearest, best) = (candidate, verdict);
            if (!roots.Contains(root))
                roots.Add(root);
        }
        Post(id);
        if (nearest < 0)
            return;
        var published = document.Metadata.Published?.Date.ToString();
        var (original, originalPublished) = (id, published);
        foreach (var root in roots)
        {
            var rootPublished = index.Published(root);
            if (IsEarlier(rootPublished, root, originalPublished, original))
                (original, originalPublished) = (root, rootPublished);
        }
        foreach (var root in roots)
        {
            if (root == original)
                continue;
            // A former original becomes a copy: of the new document, which it resembles as its verdict says.
            var verdict = Verify(signature, root, out _) ?? default;
            index.AddCopy(root, original, id, verdict.Jaccard, verdict.Containment, verdict.Spun == SpunSide.Second);
            moved[root] = original;
        }
        if (original != id)
            index.AddCopy(id, original, nearest, best.Jaccard, best.Containment, best.Spun == SpunSide.First);
    }

    /// <summary>
    /// Re-points the copies of this batch's former originals to their group's original, and marks for a
    /// recount the happenings of the documents whose independent source that changed. Call before the
    /// batch's happenings are recounted.
    /// </summary>
    public void Flush()
    {
        index.Save();
        foreach (var id in moved.Keys)
        {
            var root = Root(id);
            if (index.Unit(id) != index.Unit(root))
                index.AddClustersOfGroup(id, touchedClusters);
            index.Repoint(id, root);
        }
        moved.Clear();
    }

    /// <summary>Links a document that was stored before duplicates were (a store older than schema 4); a signed one is left as it is.</summary>
    public void LinkIfUnsigned(long id, Document document)
    {
        if (!index.IsSigned(id))
            Link(id, document);
    }

    /// <summary>
    /// Whether document <paramref name="a"/> came out before <paramref name="b"/>: by publication date when
    /// both have one with a year (ISO dates compare as text; a month sorts before its days), else by id,
    /// which is the order they were stored in.
    /// </summary>
    internal static bool IsEarlier(string? publishedA, long a, string? publishedB, long b)
    {
        if (publishedA is [>= '0' and <= '9', ..] && publishedB is [>= '0' and <= '9', ..])
        {
            var order = string.CompareOrdinal(publishedA, publishedB);
            if (order != 0)
                return order < 0;
        }
        return a < b;
    }

    /// <summary>The documents sharing a bucket with <see cref="keys"/>, each once, into <see cref="candidates"/>; every posting read into <see cref="postings"/>.</summary>
    private void FindCandidates()
    {
        seen.Clear();
        candidates.Clear();
        postings.Clear();
        index.ReadBuckets(keys, postings);
        foreach (var (_, candidate) in postings)
        {
            if (seen.Add(candidate))
                candidates.Add(candidate);
        }
    }

    /// <summary>Posts document <paramref name="id"/> in the buckets of its bands where none of the documents it copies is (see the class summary).</summary>
    private void Post(long id)
    {
        Array.Clear(covered);
        foreach (var (band, document) in postings)
        {
            if (duplicates.Contains(document))
                covered[band] = true;
        }
        for (var band = 0; band < keys.Length; band++)
        {
            if (!covered[band])
                index.AddPosting(keys[band], id);
        }
    }

    /// <summary>The verdict on <paramref name="signature"/> and the stored one of <paramref name="id"/>, and the original of its group; null when it has no signature of this scheme.</summary>
    private DuplicateVerdict? Verify(MinHashSignature signature, long id, out long root)
    {
        root = id;
        if (!index.ReadSignature(id, Scheme, stored, out var shingles, out var synonyms, out var original))
            return null;
        if (original is { } o)
            root = Root(o);
        return verifier.Verify(signature, new MinHashSignature(stored, shingles) { Synonyms = synonyms });
    }

    /// <summary>The original of the group that <paramref name="original"/> was the original of when the batch began.</summary>
    private long Root(long original)
    {
        while (moved.TryGetValue(original, out var next))
            original = next;
        return original;
    }

    private static long SchemeOf(DuplicateOptions options, MinHasher hasher)
    {
        Span<ulong> parts = [options.Seed, (ulong)hasher.Shingler.ShingleSize, (ulong)options.Bands, (ulong)options.Rows, hasher.Shingler.Synonyms.Fingerprint];
        return (long)XxHash3.HashToUInt64(MemoryMarshal.AsBytes(parts));
    }

    /// <inheritdoc />
    public void Dispose() => index.Dispose();
}
