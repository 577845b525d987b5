using Parley.Duplicates;

namespace Parley.Tests.Duplicates;

public sealed class LshIndexTests
{
    private static readonly MinHasher Hasher = MinHasher.CreateDefault();

    [Fact]
    public void Candidates_FindANearCopyAmongTenThousandDocumentsReadingFewPostings()
    {
        var random = new Random(11);
        var index = new LshIndex(DuplicateOptions.Default);
        ulong[] Shingles(int count) => Enumerable.Range(0, count).Select(_ => (ulong)random.NextInt64()).ToArray();
        ulong[] target = [];
        for (var document = 0; document < 10_000; document++)
        {
            var shingles = Shingles(120);
            if (document == 4_321)
                target = shingles;
            index.Add(document, Hasher.Sign(shingles));
        }
        // A copy sharing 100 of its 140 shingles with document 4,321 (Jaccard 100/160 ≈ 0.63).
        var copy = target[..100].Concat(Shingles(40)).ToArray();
        var before = index.PostingsRead;
        var candidates = new List<int>();
        index.Candidates(Hasher.Sign(copy), candidates);
        Assert.Contains(4_321, candidates);
        Assert.True(index.PostingsRead - before < 100, $"read {index.PostingsRead - before} postings of {index.Count} documents");
        Assert.True(candidates.Count < 20, $"{candidates.Count} candidates");
    }

    [Fact]
    public void Candidates_ReadAtMostTheBucketWalkPerBand()
    {
        var options = DuplicateOptions.Default with { MaximumBucketWalk = 5 };
        var index = new LshIndex(options);
        var same = Hasher.Sign([1UL, 2UL, 3UL]);
        for (var document = 0; document < 1_000; document++)
            index.Add(document, same);
        var candidates = new List<int>();
        index.Candidates(same, candidates);
        Assert.Equal(5, candidates.Count);
        Assert.Equal([999, 998, 997, 996, 995], candidates);
        Assert.Equal(options.Bands * 5, index.PostingsRead);
    }

    [Fact]
    public void Candidates_OfAnEmptySignature_AreNone()
    {
        var index = new LshIndex(DuplicateOptions.Default);
        index.Add(0, Hasher.Sign(""));
        var candidates = new List<int>();
        Assert.Equal(0, index.Candidates(Hasher.Sign(""), candidates));
        Assert.Equal(0, index.Count);
    }
}
