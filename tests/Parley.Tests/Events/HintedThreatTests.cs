namespace Parley.Tests.Events;

/// <summary>A threat told by hinting at the force to come (sentences written for these tests).</summary>
public sealed class HintedThreatTests
{
    [Theory]
    [InlineData("Baku hinted at a new offensive in the disputed region.")]
    [InlineData("The general hinted at military action against the rebels.")]
    public void HintingAtForce_IsAThreat(string text) =>
        Assert.Contains(EventCodingTests.Code(text), e => e.Category is { Type: "THREATEN", Mode: "violence" });
}
