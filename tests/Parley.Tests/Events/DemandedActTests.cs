namespace Parley.Tests.Events;

/// <summary>The acts a demand asks for are its content: one REQUEST, no event of their own (sentences written for these tests).</summary>
public sealed class DemandedActTests
{
    [Fact]
    public void AStatementUrgingReleasesAndReturns_IsOneRequest()
    {
        var events = EventCodingTests.Code("The final statement urged the release of detained journalists and the return of seized ships.");
        Assert.Equal("REQUEST", Assert.Single(events).Category.Type);
    }

    [Fact]
    public void ADemandThatAPartyAdmitAndCompensate_IsOneRequest()
    {
        var events = EventCodingTests.Code("Warsaw demanded that Minsk admit responsibility, punish the officers and compensate the families.");
        Assert.Equal("REQUEST", Assert.Single(events).Category.Type);
    }

    [Fact]
    public void AnActOfTheSubjectsOwnAfterTheDemand_StaysAnEvent()
    {
        var events = EventCodingTests.Code("Kenya asked for more funding and deployed 400 more police officers to Haiti on Monday.");
        Assert.Contains(events, e => e.Category.Type == "REQUEST");
        Assert.Equal(2, events.Length);
    }

    [Fact]
    public void AnAppositionAfterTheDemand_KeepsItsOwnEvent()
    {
        var events = EventCodingTests.Code("Hamas asked for changes to the plan, a reply Israel called unacceptable.");
        Assert.Contains(events, e => e.Category.Type == "ACCUSE");
    }

    [Fact]
    public void AFiniteVerbGroupAfterTheDemand_KeepsItsOwnEvent()
    {
        var events = EventCodingTests.Code("Kyiv said it had not been invited to the talks in Jeddah and would not accept any deal made without it.");
        Assert.Contains(events, e => e.Category.Type == "REJECT");
    }
}
