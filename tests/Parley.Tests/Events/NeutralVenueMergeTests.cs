namespace Parley.Tests.Events;

/// <summary>
/// A meeting held in a country that is none of its parties goes through a third party, and one told in the sentence of a visit
/// by one of its parties is held on that visit (sentences written for these tests).
/// </summary>
public sealed class NeutralVenueMergeTests
{
    [Fact]
    public void PartiesMeetingInAThirdCountry_MeetThroughIt() =>
        Assert.Contains(EventCodingTests.Code("Armenian and Azerbaijani foreign ministers met in Geneva on Tuesday."),
            e => e.Category is { Type: "CONSULT", Mode: "third-party" });

    [Fact]
    public void AMeetingInOneSidesCountry_IsNoThirdPartys() =>
        Assert.DoesNotContain(EventCodingTests.Code("Armenian and Azerbaijani foreign ministers met in Yerevan on Tuesday."),
            e => e.Category is { Type: "CONSULT", Mode: "third-party" });

    [Fact]
    public void TalksAVisitorCameFor_AreHeldOnTheVisit() =>
        Assert.Equal(2, EventCodingTests.Code("The Dutch foreign minister arrived in Jakarta on Monday for talks with Indonesian President Prabowo Subianto.")
            .Count(e => e.Category is { Type: "CONSULT", Mode: "visit" }));

    [Fact]
    public void TalksBesideAJourneyNotMade_AreNoVisit() =>
        Assert.Contains(EventCodingTests.Code("Prabowo did not travel to Canberra this week, though Indonesian officials held talks with Australian diplomats on Monday."),
            e => e.Category is { Type: "CONSULT", Mode: null });
}
