namespace Parley.Tests.Events;

/// <summary>
/// A hosting told after a meeting in its sentence is where the meeting was held, not a meeting of its own (sentences
/// written for these tests).
/// </summary>
public sealed class HostedMeetingMergeTests
{
    [Fact]
    public void AHostingAfterTheMeeting_IsThatMeetingHeldThroughTheHost()
    {
        var events = EventCodingTests.Code("Serbian and Kosovar negotiators met in Brussels on Tuesday, with Belgian Prime Minister Alexander De Croo hosting the talks.", "2025-03-05");
        var meeting = Assert.Single(events, e => e.Category.Type == "CONSULT");
        Assert.Equal("third-party", meeting.Category.Mode);
        Assert.DoesNotContain(meeting.Actors, a => a.Code == "BEL");
    }

    [Fact]
    public void TalksHostedByACountry_AreOneMeetingOfTheirSides()
    {
        var events = EventCodingTests.Code("Japan and South Korea agreed to ease export curbs. The talks, hosted by Singapore, were led by the two foreign ministers.", "2025-03-05");
        var meeting = Assert.Single(events, e => e.Category.Type == "CONSULT");
        Assert.Equal("third-party", meeting.Category.Mode);
        Assert.DoesNotContain(meeting.Actors, a => a.Code == "SGP");
    }

    [Fact]
    public void AHostingThatBringsInAMeeting_IsAMeetingOfItsOwn()
    {
        var events = EventCodingTests.Code("Macron flew to Cairo, where Egyptian President Abdel Fattah al-Sisi hosted a summit of Arab leaders.", "2025-03-05");
        Assert.Equal(2, events.Count(e => e.Category.Type == "CONSULT"));
    }

    [Fact]
    public void AHostingInASentenceOfItsOwn_StaysAVisit()
    {
        var events = EventCodingTests.Code("Indian and Chinese officials met in Delhi on Monday. Egypt hosted the Sudanese leader on Tuesday.", "2025-03-05");
        Assert.Equal(2, events.Count(e => e.Category.Type == "CONSULT"));
    }
}
