using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>Helpers arriving in another country bring aid, not a visit (sentences written for these tests).</summary>
public sealed class ArrivalOfHelpersTests
{
    [Theory]
    [InlineData("Rwandan police officers landed in Bangui on Monday to support the UN mission.")]
    [InlineData("Turkish military instructors arrived in Mogadishu in May with new armoured vehicles.")]
    public void HelpersArriving_AreAid(string text)
    {
        var events = EventCodingTests.Code(text);
        Assert.Contains(events, e => e.Category.Type == "AID");
        Assert.DoesNotContain(events, e => e.Category.Type == "CONSULT");
    }

    [Fact]
    public void AnEnvoyArriving_StaysAVisit() =>
        Assert.Contains(EventCodingTests.Code("The Turkish foreign minister arrived in Mogadishu on Monday."), e => e.Category is { Type: "CONSULT", Mode: "visit" });
}
