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

    [Theory]
    // variants in a, in b (of 10 lexicon words each); which side is spun
    [InlineData(1, 8, SpunSide.Second)]
    [InlineData(9, 2, SpunSide.First)]
    [InlineData(2, 3, SpunSide.Neither)]
    public void Verify_TellsWhichCopyWasSpun(int variantsInA, int variantsInB, SpunSide spun)
    {
        var a = Hasher.Sign(Range(0, 200)) with { Synonyms = new SynonymUse(10 - variantsInA, variantsInA) };
        var b = Hasher.Sign(Range(0, 200)) with { Synonyms = new SynonymUse(10 - variantsInB, variantsInB) };
        Assert.Equal(spun, new DuplicateVerifier(DuplicateOptions.Default).Verify(a, b).Spun);
    }

    [Fact]
    public void Verify_CallsNoPairThatIsNoDuplicateSpun()
    {
        var a = Hasher.Sign(Range(0, 200)) with { Synonyms = new SynonymUse(10, 0) };
        var b = Hasher.Sign(Range(1000, 200)) with { Synonyms = new SynonymUse(0, 10) };
        Assert.Equal(SpunSide.Neither, new DuplicateVerifier(DuplicateOptions.Default).Verify(a, b).Spun);
    }
}
