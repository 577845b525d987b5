namespace Parley.Tests.Events;

/// <summary>A meeting held in a country that is none of its parties goes through a third party (sentences written for these tests).</summary>
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
}
