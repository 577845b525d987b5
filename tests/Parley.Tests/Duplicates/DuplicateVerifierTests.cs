using Parley.Duplicates;

namespace Parley.Tests.Duplicates;

public sealed class DuplicateVerifierTests
{
    private static readonly MinHasher Hasher = MinHasher.CreateDefault();

    private static ulong[] Range(int start, int count) => Enumerable.Range(start, count).Select(i => (ulong)i * 0x9E3779B97F4A7C15).ToArray();

    [Theory]
    // a, b as ranges of shingles: (start, count) each; expected verdict
    [InlineData(0, 200, 0, 200, true)]     // identical
    [InlineData(0, 200, 100, 200, true)]   // Jaccard 1/3
    [InlineData(0, 200, 180, 200, false)]  // Jaccard ~0.05
    [InlineData(0, 300, 0, 60, true)]      // a short copy of the start: Jaccard 0.2 but fully contained
    [InlineData(0, 300, 0, 15, false)]     // too short for containment alone to decide
    [InlineData(0, 200, 1000, 200, false)] // disjoint
    public void Verify_AcceptsHighJaccardOrContainmentOnly(int aStart, int aCount, int bStart, int bCount, bool duplicate)
    {
        var verdict = new DuplicateVerifier(DuplicateOptions.Default).Verify(Hasher.Sign(Range(aStart, aCount)), Hasher.Sign(Range(bStart, bCount)));
        Assert.Equal(duplicate, verdict.IsDuplicate);
    }
}
