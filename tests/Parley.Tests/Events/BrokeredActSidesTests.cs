namespace Parley.Tests.Events;

/// <summary>
/// A mediator's passive cue after a noun for the act it brokered ("in a deal brokered by Qatar") goes between the sides of the
/// act told with it, not the party named before that noun; right after the parties ("talks between the two sides brokered by")
/// it goes between them (sentences written for these tests).
/// </summary>
public sealed class BrokeredActSidesTests
{
    [Fact]
    public void ADealBrokeredByAThirdParty_GoesBetweenTheSidesOfTheActToldWithIt()
    {
        var e = EventCodingTests.Code("Russia released two Americans on Friday in exchange for a Russian spy held in Germany, in a deal brokered by Turkey.", "2025-06-01")
            .First(e => e.Category is { Type: "CONSULT", Mode: "third-party" });
        Assert.Equal("TUR", Assert.Single(e.Actors).Code);
        Assert.Equal(["RUS", "USA"], e.Recipients.Select(r => r.Code).Distinct().Order());
    }

    [Fact]
    public void TalksBetweenPartiesBrokeredByAThirdParty_GoBetweenThoseParties()
    {
        var e = EventCodingTests.Code("Talks between Armenia and Azerbaijan brokered by Kazakhstan ended on Friday.", "2025-06-01")
            .First(e => e.Category is { Type: "CONSULT", Mode: "third-party" } && e.Actors.Exists(a => a.Code == "KAZ"));
        Assert.Equal(["ARM", "AZE"], e.Recipients.Select(r => r.Code).Distinct().Order());
    }
}
