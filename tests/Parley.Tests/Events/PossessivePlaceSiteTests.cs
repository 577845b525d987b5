namespace Parley.Tests.Events;

/// <summary>A possessive place before a spot inside it ("at Lisbon's airport") is still the scene of the act, where before
/// another noun it names a party (<see cref="PossessivePlaceTests"/>; sentences written for these tests).</summary>
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
}
