namespace Parley.Tests.Events;

/// <summary>The meetings an agreement's infinitive names are what was agreed, one AGREE (sentences written for these tests).</summary>
public sealed class AgreedMeetingContentTests
{
    [Fact]
    public void AgreedToResumeVisits_IsOneAgreement()
    {
        var events = EventCodingTests.Code("The two presidents agreed to resume regular visits to each other's capitals.");
        Assert.Equal("AGREE", Assert.Single(events).Category.Type);
    }

    [Fact]
    public void AgreedToSetAsideADisputeAndBeginTalks_IsOneAgreement()
    {
        var events = EventCodingTests.Code("Kenya and Uganda agreed to set aside their quarrel and begin technical talks.");
        Assert.Equal("AGREE", Assert.Single(events).Category.Type);
    }

    [Fact]
    public void TalksAfterWhichTheyAgreed_StayAMeeting()
    {
        var events = EventCodingTests.Code("Kenya and Uganda agreed to a truce on Sunday after talks in Nairobi.");
        Assert.Contains(events, e => e.Category.Type == "CONSULT");
    }

    [Fact]
    public void TalksInWhichTheyAgreedToAnAct_StayAMeeting()
    {
        var events = EventCodingTests.Code("Armenian and Azerbaijani envoys agreed to swap 30 prisoners each in their first direct talks since 2020.");
        Assert.Contains(events, e => e.Category.Type == "CONSULT");
    }
}
