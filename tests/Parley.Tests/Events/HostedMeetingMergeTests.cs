namespace Parley.Tests.Events;

/// <summary>
/// A hosting told after a meeting in its sentence is where the meeting was held, not a meeting of its own (sentences
/// written for these tests).
/// </summary>
public sealed class HostedMeetingMergeTests
{
    [Theory]
    [InlineData("Serbian and Kosovar negotiators met in Brussels on Tuesday, with Belgian Prime Minister Alexander De Croo hosting the talks.", "BEL")]
    [InlineData("Japan and South Korea agreed to ease export curbs. The talks, hosted by Singapore, were led by the two foreign ministers.", "SGP")]
    public void AHostingAfterTheMeeting_IsThatMeetingHeldThroughTheHost(string text, string host)
    {
        var meeting = Assert.Single(EventCodingTests.Code(text, "2025-03-05"), e => e.Category.Type == "CONSULT");
        Assert.Equal("third-party", meeting.Category.Mode);
        Assert.DoesNotContain(meeting.Actors, a => a.Code == host);
    }

    [Theory]
    [InlineData("Macron flew to Cairo, where Egyptian President Abdel Fattah al-Sisi hosted a summit of Arab leaders.")]
    [InlineData("Indian and Chinese officials met in Delhi on Monday. Egypt hosted the Sudanese leader on Tuesday.")]
    public void AHostingThatBringsInAMeetingOrStandsAlone_IsAMeetingOfItsOwn(string text) =>
        Assert.Equal(2, EventCodingTests.Code(text, "2025-03-05").Count(e => e.Category.Type == "CONSULT"));
}
