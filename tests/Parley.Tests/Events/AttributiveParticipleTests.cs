namespace Parley.Tests.Events;

/// <summary>A one-word participle between a determiner and a noun ("the freed prisoners", "a convicted criminal")
/// describes the noun: it joins the act told elsewhere or is none (sentences written for these tests).</summary>
public sealed class AttributiveParticipleTests
{
    [Fact]
    public void TheFreedPrisoners_AreTheReleaseToldBefore()
    {
        var events = EventCodingTests.Code("Belarus freed 40 prisoners on Thursday. The freed prisoners were taken to Vilnius by bus.");
        Assert.Equal(2, Assert.Single(events, e => e.Category.Type == "RETREAT").Evidence.Count);
    }

    [Fact]
    public void AConvictedCriminal_IsNoConviction() =>
        Assert.DoesNotContain(EventCodingTests.Code("The government said asylum could not be given to a convicted criminal."), e => e.Category.Type == "SANCTION");

    [Fact]
    public void AParticipleWithItsOwnObject_StaysAnAct() =>
        Assert.Single(EventCodingTests.Code("The court convicted the former minister of corruption on Monday."), e => e.Category.Type == "SANCTION");
}
