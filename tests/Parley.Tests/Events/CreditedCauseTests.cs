using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// A noun cue credited with the subject's state ("courtesy of", "thanks to") is what the subject received, and may be the
/// act the story told already, whatever its article (stories written for these tests, published 12 March 2025).
/// </summary>
public sealed class CreditedCauseTests
{
    [Fact]
    public void ANounCreditedWithTheSubjectsState_IsReceivedByTheSubject()
    {
        var aid = Assert.Single(EventCodingTests.Code("Kyiv looks west\n\nA safer Ukraine, courtesy of a sweeping defense upgrade, is now a partner for Europe."),
            e => e.Category.Type == "AID");
        Assert.Equal("UKR", Assert.Single(aid.Recipients).Code);
        Assert.DoesNotContain(aid.Actors, a => a.Code == "UKR");
    }

    [Fact]
    public void ThanksTo_GivesNoThanks() =>
        Assert.DoesNotContain(EventCodingTests.Code("Drone wave fails over Kyiv\n\nA better-armed Ukraine, thanks to new air defence systems, shot down most of the drones on Sunday."),
            e => e.Category.Type == "SUPPORT");

    [Fact]
    public void ACreditedNounAndItsRepetitions_JoinThePastActTheyName()
    {
        var aid = Assert.Single(EventCodingTests.Code("US envoy visits Kyiv\n\nAn American envoy arrived in Kyiv on Tuesday, officials said.\n\n"
            + "The trip follows the recent defense upgrade that Washington gave Ukraine. A safer Ukraine, courtesy of a sweeping defense upgrade, "
            + "is now a partner for Europe. The defense upgrade also reassured the Baltic states.\n"), e => e.Category.Type == "AID");
        Assert.Equal(EventModality.Historical, aid.Modality);
        Assert.Equal(3, aid.Evidence.Count);
    }
}
