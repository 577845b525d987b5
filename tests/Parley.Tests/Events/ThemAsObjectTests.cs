namespace Parley.Tests.Events;

/// <summary>
/// "them" as the object of a cue has no mention of its own: it stands for the other side of the act told before it in
/// the sentence (sentences written for these tests).
/// </summary>
public sealed class ThemAsObjectTests
{
    [Fact]
    public void Them_AreTheDoersOfTheActBefore()
    {
        var assault = Assert.Single(EventCodingTests.Code("Protesters marched in Lagos on Monday, and police fired tear gas at them."), e => e.Category.Type == "ASSAULT");
        Assert.Equal(["NGA"], assault.Recipients.Select(r => r.Code));
    }

    [Fact]
    public void Them_IsNotTheSubjectItself()
    {
        var assault = Assert.Single(EventCodingTests.Code("Kenyan police fired tear gas at them."), e => e.Category.Type == "ASSAULT");
        Assert.Empty(assault.Recipients);
    }
}
