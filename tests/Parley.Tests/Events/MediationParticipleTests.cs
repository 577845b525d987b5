namespace Parley.Tests.Events;

/// <summary>
/// A go-between's part told as a participle on what came of it ("a truce brokered by Egypt") is news of its own, unless a
/// mediation was told already (sentences written for these tests).
/// </summary>
public sealed class MediationParticipleTests
{
    [Theory]
    [InlineData("Both armies observed a truce brokered by Egypt over the weekend.", "EGY")]
    [InlineData("The prisoners went home on Friday under a deal mediated by Oman, officials said.", "OMN")]
    public void AParticipleMediation_IsAnEvent(string text, string mediator)
    {
        var mediation = Assert.Single(EventCodingTests.Code(text), e => e.Category is { Type: "CONSULT", Mode: "third-party" });
        Assert.Equal([mediator], mediation.Actors.Select(a => a.Code).Distinct());
    }

    [Fact]
    public void AParticipleAfterAMediationToldAlready_IsNoSecondOne()
    {
        // The meeting itself is third-party (a go-between is named in its sentence); "mediated" tells no second mediation.
        const string text = "The Oman-brokered accord came out of a meeting mediated by Oman and Jordan.";
        Assert.DoesNotContain(EventCodingTests.Code(text), e => text[e.Trigger.Start..e.Trigger.End] == "mediated");
    }

    [Fact]
    public void AidProvidedToAParty_StillDescribesTheAid() =>
        Assert.DoesNotContain(EventCodingTests.Code("Officials counted the trucks provided by Jordan at the crossing."), e => e.Category.Type == "AID");
}
