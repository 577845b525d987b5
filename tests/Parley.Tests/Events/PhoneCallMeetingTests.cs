namespace Parley.Tests.Events;

/// <summary>A phone call told with its verb of speaking, or with a verb that says what was discussed (sentences written for these tests).</summary>
public sealed class PhoneCallMeetingTests
{
    [Fact]
    public void SpeakingWithSomeoneByTelephone_IsAPhoneCall()
    {
        var e = Assert.Single(EventCodingTests.Code("Sanchez spoke with Costa by telephone on Friday."), e => e.Category.Type == "CONSULT");
        Assert.Equal("phone", e.Category.Mode);
    }

    [Fact]
    public void ACallAndWhatWasDiscussedInIt_AreOneMeeting() =>
        Assert.Single(EventCodingTests.Code("In a phone call with Tokayev, Mirziyoyev discussed water sharing."), e => e.Category.Type == "CONSULT");

    [Fact]
    public void TwoVerbsOfOneMeetingInASentence_AreOneMeeting() =>
        Assert.Single(EventCodingTests.Code("Aliyev said he would discuss the corridor with Pashinyan when the two leaders meet in Prague next month."),
            e => e.Category.Type == "CONSULT");
}
