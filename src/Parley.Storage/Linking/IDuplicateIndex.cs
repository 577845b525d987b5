using Parley.Duplicates;

namespace Parley.Storage.Linking;

/// <summary>
/// What <see cref="DuplicateLinker"/> reads and writes in a store, inside the writer's transaction: the
/// signatures, the LSH buckets (<c>document_bands</c>) and the copies (<c>document_copies</c>). Each back end
/// keeps its SQL here; the linking decisions stay in the linker.
/// </summary>
internal interface IDuplicateIndex : IDisposable
{
    /// <summary>Stores the signature of document <paramref name="id"/>, made under <paramref name="scheme"/>, with its synonym use.</summary>
    void AddSignature(long id, long scheme, MinHashSignature signature);

    /// <summary>
    /// For each band key of <paramref name="keys"/>, the documents posted under it, at most
    /// <see cref="DuplicateOptions.MaximumBucketWalk"/> of them, newest first, added to <paramref name="postings"/> with the band's number.
    /// </summary>
    void ReadBuckets(ReadOnlySpan<ulong> keys, List<(int Band, long Document)> postings);

    /// <summary>Posts document <paramref name="id"/> under band key <paramref name="key"/>.</summary>
    void AddPosting(ulong key, long id);

    /// <summary>
    /// Reads the stored signature of document <paramref name="id"/> into <paramref name="values"/>, with its shingle count
    /// and synonym use; false when it has none of <paramref name="scheme"/> and that length. <paramref name="original"/> is
    /// the original it is a copy of, if any.
    /// </summary>
    bool ReadSignature(long id, long scheme, uint[] values, out int shingles, out SynonymUse synonyms, out long? original);

    /// <summary>Whether document <paramref name="id"/> has a signature.</summary>
    bool IsSigned(long id);

    /// <summary>The publication date of document <paramref name="id"/> as stored, or null.</summary>
    string? Published(long id);

    /// <summary>The independent source document <paramref name="id"/> counts as: its outlet's id, else minus its own id.</summary>
    long Unit(long id);

    /// <summary>
    /// Records document <paramref name="id"/> as a copy of <paramref name="original"/>, found nearest to <paramref name="nearest"/>;
    /// <paramref name="spun"/> when it was machine-spun from it.
    /// </summary>
    void AddCopy(long id, long original, long nearest, double jaccard, double containment, bool spun);

    /// <summary>Adds to <paramref name="keys"/> the happenings told by document <paramref name="original"/> and by its copies.</summary>
    void AddClustersOfGroup(long original, ISet<string> keys);

    /// <summary>Writes whatever the index holds back, so that the batch's queries see every signature, posting and copy.</summary>
    void Save();

    /// <summary>Makes the copies of <paramref name="former"/> copies of <paramref name="original"/>.</summary>
    void Repoint(long former, long original);
}
