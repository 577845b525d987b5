using Parley.Duplicates;

namespace Parley.Tests.Duplicates;

public sealed class MinHasherTests
{
    // The first three values of Text's default signature, as computed when the format was fixed.
    private const uint Pinned0 = 276142484;
    private const uint Pinned1 = 230811733;
    private const uint Pinned2 = 188631452;

    private const string Text = "U.S. Secretary of State Antony Blinken arrived in Kyiv on Wednesday on an unannounced visit.";

    [Fact]
    public void Sign_IsDeterministicAcrossHasherInstances()
    {
        var first = MinHasher.CreateDefault().Sign(Text);
        var second = MinHasher.CreateDefault().Sign(Text);
        Assert.Equal(first.Values, second.Values);
        Assert.Equal(first.ShingleCount, second.ShingleCount);
        Assert.Equal(1.0, first.EstimateJaccard(second));
    }

    [Fact]
    public void Sign_GivesTheValuesStoredSignaturesWereMadeWith()
    {
        // Signatures are meant to be stored and compared with tomorrow's: if this changes, every stored
        // signature must be recomputed (and the option seed or hashing documented as a new version).
        var signature = MinHasher.CreateDefault().Sign(Text);
        Assert.Equal(126, signature.Values.Length);
        Assert.Equal(14, signature.ShingleCount);
        Assert.Equal([Pinned0, Pinned1, Pinned2], signature.Values[..3]);
    }

    [Fact]
    public void Sign_TakesEachPermutationsMinimumOverTheShingles()
    {
        // Signed a vector of permutations at a time: every position, the last ones past the vectors' width
        // included, must still be the least of what each shingle alone gives there.
        var hasher = MinHasher.CreateDefault();
        ulong[] shingles = [0x9E3779B97F4A7C15, 42, ulong.MaxValue, 0x0123456789ABCDEF, 7];
        var expected = Enumerable.Repeat(uint.MaxValue, hasher.Length).ToArray();
        foreach (var shingle in shingles)
        {
            var alone = hasher.Sign([shingle]).Values;
            for (var i = 0; i < expected.Length; i++)
                expected[i] = Math.Min(expected[i], alone[i]);
        }
        Assert.Equal(expected, hasher.Sign(shingles).Values);
    }

    [Fact]
    public void Sign_DependsOnTheSeed()
    {
        var options = DuplicateOptions.Default with { Seed = 1 };
        var other = new MinHasher(options, new TextShingler(SynonymLexicon.Shipped, options.ShingleSize)).Sign(Text);
        Assert.NotEqual(MinHasher.CreateDefault().Sign(Text).Values, other.Values);
    }

    [Theory]
    [InlineData(100, 100, 1.0)]
    [InlineData(100, 50, 0.5)]
    [InlineData(100, 20, 0.2)]
    [InlineData(100, 0, 0.0)]
    public void EstimateJaccard_IsCloseToTheTrueSimilarity(int size, int shared, double jaccard)
    {
        // Sets of `size` shingles sharing a part chosen so that the true Jaccard similarity is `jaccard`.
        var hasher = MinHasher.CreateDefault();
        var random = new Random(7);
        var common = Enumerable.Range(0, shared).Select(_ => (ulong)random.NextInt64()).ToArray();
        var unique = (int)Math.Round(shared == size ? 0 : shared == 0 ? size : shared / jaccard - shared) / 2;
        var a = common.Concat(Enumerable.Range(0, shared == 0 ? size : unique).Select(_ => (ulong)random.NextInt64())).ToArray();
        var b = common.Concat(Enumerable.Range(0, shared == 0 ? size : unique).Select(_ => (ulong)random.NextInt64())).ToArray();
        var estimate = hasher.Sign(a).EstimateJaccard(hasher.Sign(b));
        Assert.InRange(estimate, jaccard - 0.12, jaccard + 0.12);
    }

    [Fact]
    public void Sign_OfAnEmptyText_IsEmptyAndResemblesNothing()
    {
        var hasher = MinHasher.CreateDefault();
        var empty = hasher.Sign(" ... ");
        Assert.True(empty.IsEmpty);
        Assert.Equal(0, empty.EstimateJaccard(hasher.Sign(" ... ")));
    }
}
