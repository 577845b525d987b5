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
        // The EU's brokering is an event of its own; the talks are one meeting, third-party since the EU brokered them.
        var talks = Assert.Single(events, e => e.Category.Type == "CONSULT" && e.Actors.Exists(a => a.Code == "SRB"));
        Assert.Equal(2, talks.Evidence.Count);
        Assert.Equal("third-party", talks.Category.Mode);
    }

    [Fact]
    public void TalksWithTheirArticle_StayASetting() =>
        Assert.DoesNotContain(EventCodingTests.Code("The two ministers signed the accord at the talks in Geneva on Friday."),
            e => e.Category.Type == "CONSULT");
}
