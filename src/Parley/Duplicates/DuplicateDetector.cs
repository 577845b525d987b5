namespace Parley.Duplicates;

/// <summary>
/// Finds near-duplicate documents as they arrive: signs each one (<see cref="MinHasher"/>), asks the
/// <see cref="LshIndex"/> for candidates, verifies them (<see cref="DuplicateVerifier"/>) and links the
/// document into a group of copies whose original is its earliest member (by publication date, then order
/// of arrival). Nothing is removed: every document is kept and indexed, copies only point at their original.
/// The cost of adding a document does not depend on how many are indexed. Not thread-safe.
/// </summary>
public sealed class DuplicateDetector
{
    private readonly MinHasher hasher;
    private readonly LshIndex index;
    private readonly DuplicateVerifier verifier;
    private readonly List<string> ids = [];
    private readonly List<DateOnly?> published = [];
    private readonly List<MinHashSignature> signatures = [];
    private readonly List<int> parents = [];
    private readonly Dictionary<string, int> ordinals = new(StringComparer.Ordinal);
    private readonly List<int> candidates = [];

    /// <summary>Creates a detector.</summary>
    public DuplicateDetector(DuplicateOptions options, MinHasher hasher)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(hasher);
        if (hasher.Length != options.SignatureLength)
            throw new ArgumentException($"The hasher signs {hasher.Length} values; the options band {options.SignatureLength}.", nameof(hasher));
        this.hasher = hasher;
        index = new LshIndex(options);
        verifier = new DuplicateVerifier(options);
    }

    /// <summary>A detector with the default options and the shipped synonyms.</summary>
    public static DuplicateDetector CreateDefault() => new(DuplicateOptions.Default, MinHasher.CreateDefault());

    /// <summary>Documents added.</summary>
    public int Count => ids.Count;

    /// <summary>The index (for its lookup counters).</summary>
    public LshIndex Index => index;

    /// <summary>Adds a document and links it to the copies already indexed.</summary>
    /// <param name="id">The document's identifier, unique.</param>
    /// <param name="publishedOn">Its publication date, if known: the earliest copy is the original.</param>
    /// <param name="text">Its text (title and body as they should be compared).</param>
    public DuplicateResult Add(string id, DateOnly? publishedOn, ReadOnlySpan<char> text) =>
        Add(id, publishedOn, hasher.Sign(text));

    /// <summary>Adds a document whose signature is already known (stored signatures, replayed).</summary>
    public DuplicateResult Add(string id, DateOnly? publishedOn, MinHashSignature signature)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(signature);
        if (ordinals.ContainsKey(id))
            throw new ArgumentException($"Document '{id}' was already added.", nameof(id));
        var ordinal = ids.Count;
        var roots = new List<int>();
        var (nearest, best) = Verified(signature, roots);
        ids.Add(id);
        published.Add(publishedOn);
        signatures.Add(signature);
        parents.Add(ordinal);
        ordinals[id] = ordinal;
        index.Add(ordinal, signature);

        var original = ordinal;
        foreach (var root in roots)
        {
            if (IsEarlier(root, original))
                original = root;
        }
        var previous = new List<string>();
        foreach (var root in roots)
        {
            if (root != original)
                previous.Add(ids[root]);
            parents[root] = original;
        }
        parents[ordinal] = original;
        return new DuplicateResult(id, ids[original], nearest < 0 ? null : ids[nearest], best, previous);
    }

    /// <summary>
    /// The most similar indexed document that a document of <paramref name="signature"/> duplicates, and
    /// the verdict, without adding it; null when it duplicates none.
    /// </summary>
    public (string Id, DuplicateVerdict Verdict)? Match(MinHashSignature signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        var (nearest, verdict) = Verified(signature, null);
        return nearest < 0 ? null : (ids[nearest], verdict);
    }

    /// <summary>Verifies the index's candidates for <paramref name="signature"/>: the nearest duplicate (−1 if none) and its verdict; the groups of all duplicates go to <paramref name="roots"/>.</summary>
    private (int Nearest, DuplicateVerdict Verdict) Verified(MinHashSignature signature, List<int>? roots)
    {
        candidates.Clear();
        index.Candidates(signature, candidates);
        var nearest = -1;
        var best = default(DuplicateVerdict);
        foreach (var candidate in candidates)
        {
            var verdict = verifier.Verify(signature, signatures[candidate]);
            if (!verdict.IsDuplicate)
                continue;
            if (nearest < 0 || verdict.Jaccard > best.Jaccard)
                (nearest, best) = (candidate, verdict);
            if (roots is not null && !roots.Contains(Root(candidate)))
                roots.Add(Root(candidate));
        }
        return (nearest, best);
    }

    /// <summary>The original of the group <paramref name="id"/> belongs to (itself when it has no copy).</summary>
    public string OriginalOf(string id) =>
        ordinals.TryGetValue(id, out var ordinal) ? ids[Root(ordinal)] : throw new KeyNotFoundException($"Document '{id}' was not added.");

    /// <summary>The group root of a document, halving the path on the way.</summary>
    private int Root(int ordinal)
    {
        while (parents[ordinal] != ordinal)
        {
            parents[ordinal] = parents[parents[ordinal]];
            ordinal = parents[ordinal];
        }
        return ordinal;
    }

    /// <summary>Whether document <paramref name="a"/> came out before <paramref name="b"/>: by date when both have one, else by arrival.</summary>
    private bool IsEarlier(int a, int b) =>
        published[a] is { } da && published[b] is { } db && da != db ? da < db : a < b;
}
