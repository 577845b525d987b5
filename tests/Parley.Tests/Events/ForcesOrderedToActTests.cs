namespace Parley.Tests.Events;

/// <summary>
/// Forces ordered to do an act the sentence tells are not deployed: the act ordered is the event; forces ordered to a place
/// still are (sentences written for these tests).
/// </summary>
public sealed class ForcesOrderedToActTests
{
    private const string Suspension = "The president ordered his security forces to suspend intelligence sharing with Washington.";

    [Fact]
    public void TheOrderedAct_IsTheEvent() =>
        Assert.Contains(EventCodingTests.Code(Suspension), e => e.Category is { Type: "SANCTION", Mode: "discontinue" });

    [Fact]
    public void ForcesOrderedToAct_AreNotDeployed() =>
        Assert.DoesNotContain(EventCodingTests.Code(Suspension), e => e.Category.Type == "MOBILIZE");

    [Fact]
    public void TroopsOrderedToAPlace_AreDeployed() =>
        Assert.Contains(EventCodingTests.Code("The general ordered troops to the border on Monday."), e => e.Category.Type == "MOBILIZE");
}
