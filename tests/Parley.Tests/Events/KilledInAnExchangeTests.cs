namespace Parley.Tests.Events;

/// <summary>
/// The dead of a verb told with the violence they fell in, named with "a" or "an" ("killed in an exchange of fire"): the
/// violence is the event, not the killing (sentences written for these tests).
/// </summary>
public sealed class KilledInAnExchangeTests
{
    [Fact]
    public void KilledInAnExchangeOfFire_IsTheExchange()
    {
        const string text = "Two smugglers were killed in an exchange of fire with Thai border guards on Sunday.";
        var e = Assert.Single(EventCodingTests.Code(text), e => e.Category.Type == "ASSAULT");
        Assert.Equal("exchange of fire", text[e.Trigger.Start..e.Trigger.End]);
        Assert.Equal("firearms", e.Category.Mode);
    }
}
