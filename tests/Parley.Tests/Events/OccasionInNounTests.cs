namespace Parley.Tests.Events;

/// <summary>A noun event after "in" is the occasion of the verb before it, an event of its own (sentences written for these tests).</summary>
public sealed class OccasionInNounTests
{
    [Fact]
    public void ASwapPrisonersWereFreedIn_IsAnEvent() =>
        Assert.Contains(EventCodingTests.Code("Armenia and Azerbaijan released 30 detainees in a swap on Monday."),
            e => e.Category.Type == "COOPERATE");

    [Fact]
    public void APhoneCallAnApologyWasMadeIn_IsAnEvent() =>
        Assert.Contains(EventCodingTests.Code("The French president apologised to Scholz in a phone call on Sunday."),
            e => e.Category is { Type: "CONSULT", Mode: "phone" });
}
