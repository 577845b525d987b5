namespace Parley.Tests.Events;

/// <summary>A clause gap (<c>..</c>) stops at the "to" of another act's infinitive (sentences written for these tests).</summary>
public sealed class InfinitiveEndsGapTests
{
    [Fact]
    public void AnOrderToPullTroopsBack_IsARequestNotADeploymentOrARetreat()
    {
        var events = EventCodingTests.Code("The prime minister summoned the commander and ordered him to pull his soldiers back from the river.");
        Assert.Contains(events, e => e.Category.Type == "REQUEST");
        Assert.DoesNotContain(events, e => e.Category.Type is "MOBILIZE" or "RETREAT");
    }

    [Fact]
    public void TroopsOrderedToAPlace_AreStillDeployed() =>
        Assert.Contains(EventCodingTests.Code("The governor ordered 500 soldiers to the northern province on Friday."),
            e => e.Category.Type == "MOBILIZE");

    [Fact]
    public void AnOpenGap_StillReachesIntoTheRequestedAct() =>
        Assert.Contains(EventCodingTests.Code("The foreign ministry urged both sides to show restraint along the disputed frontier."),
            e => e.Category.Type == "REQUEST" && e.Category.Mode == "yield");
}
