namespace Parley.Tests.Mentions;

/// <summary>
/// A titled person the lexicon does not know is not of the country of their own counterpart ("met his Indian
/// counterpart"), whatever country stands nearest; the surname taking them up later follows (sentences written for these tests).
/// </summary>
public sealed class CounterpartCountryTests
{
    private const string Text = "The Maldives wants more time to repay its loans. India has so far refused. "
                                + "Foreign Minister Ali Rasheed met his Indian counterpart in New Delhi on Thursday. Rasheed asked for a delay.";

    [Fact]
    public void PersonMeetingTheirIndianCounterpart_IsNotIndian()
    {
        var meeting = Assert.Single(Parley.Tests.Events.EventCodingTests.Code(Text), e => e.Category.Type == "CONSULT");
        Assert.Equal(["MDV"], meeting.Actors.Select(a => a.Code));
        Assert.Equal(["IND"], meeting.Recipients.Select(a => a.Code).Distinct());
    }

    [Fact]
    public void SurnameLater_FollowsThePerson()
    {
        var request = Assert.Single(Parley.Tests.Events.EventCodingTests.Code(Text), e => e.Category.Type == "REQUEST");
        Assert.Equal(["MDV"], request.Actors.Select(a => a.Code));
    }
}
