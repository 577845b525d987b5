namespace Parley.Tests.Events;

/// <summary>A possessive place before a spot inside it ("at Lisbon's airport") is still the scene of the act (sentences written for these tests).</summary>
public sealed class PossessivePlaceSiteTests
{
    [Theory]
    [InlineData("Spanish police detained a Colombian banker at Lisbon's airport on Tuesday.", "COERCE", "PRT")]
    [InlineData("The two foreign ministers held talks in Ankara's Cankaya Palace on Tuesday.", "CONSULT", "TUR")]
    public void APossessivePlaceBeforeASite_IsTheScene(string text, string type, string country)
    {
        var events = EventCodingTests.Code(text, "2025-05-21");
        Assert.Equal(country, Assert.Single(events, e => e.Category.Type == type).Location?.Place?.Country);
    }

    [Fact]
    public void APossessivePlaceBeforeAParty_IsNot()
    {
        var events = EventCodingTests.Code("Britain imposed sanctions on Russia on Tuesday, targeting tankers in Moscow's shadow fleet.", "2025-05-20");
        Assert.Null(Assert.Single(events, e => e.Category.Type == "SANCTION").Location);
    }
}
