namespace Parley.Tests.Mentions;

/// <summary>
/// "Police storm …", "troops seize …": a headline verb in the present after a role word that may also qualify a noun
/// shows the role word names the actor (sentences written for these tests).
/// </summary>
public sealed class HeadlineVerbAfterPoliceTests
{
    [Fact]
    public void PoliceBeforeAPresentVerb_AreTheActor_NotTheSubjectOfTheClauseBefore()
    {
        var raid = Assert.Single(Parley.Tests.Events.EventCodingTests.Code(
            "Chile cuts ties with Venezuela after police storm its consulate in Caracas"), e => e.Actors.Exists(a => a.Sector == "POL"));
        Assert.Equal("VEN", Assert.Single(raid.Actors).Code);
    }

    [Fact]
    public void PoliceBeforeANoun_StillOnlyQualifyIt()
    {
        Assert.DoesNotContain(Parley.Tests.Events.EventCodingTests.Code("Prosecutors in Kenya said a police arrest warrant had been issued."),
            e => e.Actors.Exists(a => a.Sector == "POL"));
    }
}
