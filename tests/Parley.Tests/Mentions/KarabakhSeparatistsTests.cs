namespace Parley.Tests.Mentions;

/// <summary>
/// Karabakh's ethnic Armenian separatists are Armenia's side, as the gold codes ethnic Armenian forces; the region named
/// alone stays a place in Azerbaijan (sentences written for these tests).
/// </summary>
public sealed class KarabakhSeparatistsTests
{
    [Fact]
    public void KarabakhSeparatists_AreCodedArmenianRebels()
    {
        var offensive = Assert.Single(Parley.Tests.Events.EventCodingTests.Code(
            "Azerbaijan launched an offensive against Nagorno-Karabakh separatists on Tuesday."), e => e.Category.Type == "ASSAULT");
        var target = Assert.Single(offensive.Recipients);
        Assert.Equal(("ARM", "REB"), (target.Code, target.Sector));
        Assert.Equal("AZE", Assert.Single(offensive.Actors).Code);
    }
}
