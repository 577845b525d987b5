namespace Parley.Tests.Events;

/// <summary>A place that owns the noun after it ("Moscow's shadow fleet") names a party, not the scene of an act (sentences written for these tests).</summary>
public sealed class PossessivePlaceTests
{
    [Fact]
    public void APossessivePlace_IsNotTheScene()
    {
        var events = EventCodingTests.Code("Britain imposed sanctions on Russia on Tuesday, targeting tankers in Moscow's shadow fleet.", "2025-05-20");
        Assert.Null(Assert.Single(events, e => e.Category.Type == "SANCTION").Location);
    }

    [Fact]
    public void APlaceAfterALocativeWord_StillIs()
    {
        var events = EventCodingTests.Code("Britain imposed sanctions on Russia in London on Tuesday.", "2025-05-20");
        Assert.Equal("GBR", Assert.Single(events, e => e.Category.Type == "SANCTION").Location?.Place?.Country);
    }
}
