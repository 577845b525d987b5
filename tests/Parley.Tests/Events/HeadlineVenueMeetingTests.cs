namespace Parley.Tests.Events;

/// <summary>A headline's "at Brussels talks": with its articles dropped, the meeting is news the headline tells and the
/// lead tells again, not a setting (articles written for these tests).</summary>
public sealed class HeadlineVenueMeetingTests
{
    [Fact]
    public void TheHeadlinesTalks_AreOneMeetingWithTheLeads()
    {
        var events = EventCodingTests.Code("Serbia and Kosovo agree border deal at Brussels talks\n\n" +
            "BRUSSELS — Serbia and Kosovo agreed on Monday to reopen two border crossings after talks brokered by the European Union.");
        // The EU's brokering is an event of its own (third-party CONSULT); the talks are one meeting.
        var talks = Assert.Single(events, e => e.Category is { Type: "CONSULT", Mode: not "third-party" });
        Assert.Equal(2, talks.Evidence.Count);
    }

    [Fact]
    public void TalksWithTheirArticle_StayASetting() =>
        Assert.DoesNotContain(EventCodingTests.Code("The two ministers signed the accord at the talks in Geneva on Friday."),
            e => e.Category.Type == "CONSULT");
}
