namespace Parley.Tests.Events;

/// <summary>
/// A whole country told after "with", "on", "over", "against" or "to" is a party or a topic of the act, not where it
/// happens; after a word of travel, or as the target of a strike, it is still the place (sentences written for these tests).
/// </summary>
public sealed class PartyCountryPlaceTests
{
    [Fact]
    public void ClosingABorderWithACountry_DoesNotHappenThere()
    {
        var events = EventCodingTests.Code("Finland said on Monday it would close its border with Russia to all traffic.", "2025-03-10");
        Assert.Null(Assert.Single(events, e => e.Category.Type == "COERCE").Location);
    }

    [Fact]
    public void ShuttingCrossingsWithACountry_DoesNotHappenThere()
    {
        var events = EventCodingTests.Code("Lithuania shut its two border crossings with Belarus on Wednesday.", "2025-03-12");
        Assert.Null(Assert.Single(events, e => e.Category.Type == "COERCE").Location);
    }

    [Fact]
    public void TheTargetOfAStrike_StillIsThePlace()
    {
        var events = EventCodingTests.Code("Iran launched a missile attack on Israel on Tuesday.", "2025-03-11");
        Assert.Equal("ISR", Assert.Single(events, e => e.Category.Type == "ASSAULT").Location?.Place?.Country);
    }

    [Fact]
    public void TroopsSentToACountry_AreThere()
    {
        var events = EventCodingTests.Code("Britain sent 900 troops to Estonia on Friday.", "2025-03-14");
        Assert.Equal("EST", Assert.Single(events, e => e.Category.Type == "MOBILIZE").Location?.Place?.Country);
    }
}
