namespace Parley.Tests.Events;

/// <summary>
/// A meeting between others "hosted by" a third country is no visit to it: the host goes between them and is no party
/// to the meeting (sentences written for these tests).
/// </summary>
public sealed class HostedMeetingOfOthersTests
{
    [Fact]
    public void TalksBetweenTwoSides_HostedByAThirdCountry_AreNoVisitToIt()
    {
        var events = EventCodingTests.Code("Talks between Armenia and Azerbaijan were hosted by Kazakhstan in Almaty on Monday.");
        Assert.DoesNotContain(events, e => e.Recipients.Exists(r => r.Code == "KAZ"));
        Assert.Contains(events, e => e.Category.Type == "CONSULT" && e.Actors.Exists(a => a.Code == "ARM") && e.Actors.Exists(a => a.Code == "AZE"));
    }

    [Fact]
    public void AGuestHostedByACountry_StillVisitsIt()
    {
        var visit = Assert.Single(EventCodingTests.Code("The French president was hosted by Morocco for a state visit on Monday."), e => e.Category.Type == "CONSULT");
        Assert.Equal("MAR", Assert.Single(visit.Recipients).Code);
    }
}
