namespace Parley.Tests.Events;

/// <summary>
/// An act at sea is placed in the country of a party to it on that sea's shore, the one acted on first; with no such
/// party it has no country (sentences written for these tests).
/// </summary>
public sealed class SeaShorePlaceTests
{
    [Fact]
    public void AnActorOnTheShore_PlacesTheActInItsCountry()
    {
        var events = EventCodingTests.Code("Houthi fighters seized a cargo ship in the Red Sea on Sunday.", "2025-07-07");
        var location = Assert.Single(events, e => e.Category.Type == "COERCE").Location;
        Assert.Equal("Red Sea", location?.Place?.Name);
        Assert.Equal("YEM", location?.Place?.Country);
    }

    [Fact]
    public void TheTargetOnTheShore_ComesBeforeTheActor()
    {
        var events = EventCodingTests.Code("Chinese coast guard ships fired water cannon at a Philippine supply boat near Second Thomas Shoal on Monday.", "2025-03-11");
        Assert.Equal("PHL", Assert.Single(events, e => e.Category.Type == "ASSAULT").Location?.Place?.Country);
    }

    [Fact]
    public void NoPartyOnTheShore_LeavesNoCountry()
    {
        var events = EventCodingTests.Code("Argentina and Chile held joint naval drills in the South China Sea on Tuesday.", "2025-03-11");
        Assert.All(events, e => Assert.Null(e.Location?.Place?.Country));
    }
}
