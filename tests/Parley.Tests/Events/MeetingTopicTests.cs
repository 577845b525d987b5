namespace Parley.Tests.Events;

/// <summary>What a meeting is about is its topic, not an event of its own (sentences written for these tests).</summary>
public sealed class MeetingTopicTests
{
    [Theory]
    [InlineData("Norway and Iceland held talks on Thursday on fisheries cooperation and intelligence sharing.", "COOPERATE")]
    [InlineData("The two envoys discussed the release of detained sailors.", "RETREAT")]
    [InlineData("The mediators met rebel leaders in Nairobi to discuss a ceasefire and the withdrawal of fighters.", "RETREAT")]
    public void AnActAMeetingIsAbout_TellsNoEvent(string text, string topic)
    {
        var events = EventCodingTests.Code(text);
        Assert.Contains(events, e => e.Category.Type == "CONSULT");
        Assert.DoesNotContain(events, e => e.Category.Type == topic);
    }

    [Fact]
    public void ThePurposeOfAMeeting_IsNoSecondMeeting()
    {
        Assert.Single(EventCodingTests.Code("The two foreign ministers met in Tallinn on Monday to discuss Baltic energy links."), e => e.Category.Type == "CONSULT");
    }

    [Fact]
    public void AnActToldBesideTheMeeting_StaysAnEvent()
    {
        Assert.Contains(EventCodingTests.Code("The two envoys discussed the border dispute and agreed to exchange prisoners."), e => e.Category.Type is "AGREE" or "CONCEDE");
    }
}
