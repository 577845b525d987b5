using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// Two sides meeting in a third country named with the meeting consult on neutral ground (PLOVER CONSULT, third-party),
/// both as actors with no go-between for recipient; a place named further on does not make the meeting's ground, nor does
/// a meeting in one side's country (sentences written for these tests).
/// </summary>
public sealed class NeutralGroundMeetingTests
{
    [Fact]
    public void TwoSidesMeetingInAThirdCountry_ConsultThroughIt()
    {
        var events = EventCodingTests.Code("Armenian and Azerbaijani negotiators met in Abu Dhabi on Monday.");
        var meeting = Assert.Single(events, e => e.Category.Type == "CONSULT");
        Assert.Equal(["ARM", "AZE"], meeting.Actors.Select(a => a.Code).Distinct().Order());
        Assert.Empty(meeting.Recipients);
        Assert.Equal("ARE", meeting.Location?.Place?.Country);
        Assert.Equal("third-party", meeting.Category.Mode);
    }

    [Fact]
    public void PlaceNamedFarOn_IsNoGround()
    {
        var events = EventCodingTests.Code(
            "Orban said he would raise it with Macron when the two leaders meet in May, and Polish officials fear new strikes on the port of Odesa.");
        Assert.DoesNotContain(events, e => e.Category is { Type: "CONSULT", Mode: "third-party" });
    }

    [Fact]
    public void MeetingInOneSidesCountry_StaysAVisit()
    {
        var meeting = Assert.Single(EventCodingTests.Code("Lula met Macron in Paris on Thursday."), e => e.Category.Type == "CONSULT");
        Assert.Equal("visit", meeting.Category.Mode);
    }
}
