namespace Parley.Tests.Events;

/// <summary>A giving that names a sum the aid told before never named is another commitment, not that aid retold
/// (an article written for these tests).</summary>
public sealed class AidOfAnotherSumTests
{
    private const string Article = "Canada rushes arms to Ukraine\n\n" +
        "Canada on Tuesday approved a $500 million aid package for Ukraine. " +
        "Hours later, the Canadian defence ministry announced a $40 million package of weapons for Ukraine.";

    [Fact]
    public void PackagesOfTwoSums_AreTwoAidEvents()
    {
        var aid = EventCodingTests.Code(Article).Where(e => e.Category.Type == "AID").ToList();
        Assert.Equal(2, aid.Count);
        Assert.Contains(aid, e => e.Quantities.Exists(q => q.Value == 40_000_000m) && !e.Quantities.Exists(q => q.Value == 500_000_000m));
    }

    [Fact]
    public void TheLeadNamingItsSum_StillRetellsTheHeadline()
    {
        var package = Assert.Single(EventCodingTests.Code(Article), e => e.Quantities.Exists(q => q.Value == 500_000_000m));
        Assert.Equal(2, package.Evidence.Count);
    }
}
