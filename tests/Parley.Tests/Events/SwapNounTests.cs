namespace Parley.Tests.Events;

/// <summary>A swap named bare is both sides handing over at once, PLOVER cooperation (sentences written for these tests).</summary>
public sealed class SwapNounTests
{
    [Fact]
    public void ABareSwap_IsCooperation() =>
        Assert.Contains(EventCodingTests.Code("The swap took place at an airport in Muscat on Tuesday."), e => e.Category.Type == "COOPERATE");

    [Fact]
    public void APrisonerSwap_IsStillARelease() =>
        Assert.Contains(EventCodingTests.Code("Armenia and Azerbaijan carried out a prisoner swap on Tuesday."), e => e.Category is { Type: "RETREAT", Mode: "release" });
}
