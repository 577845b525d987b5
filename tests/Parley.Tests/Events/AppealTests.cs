namespace Parley.Tests.Events;

/// <summary>Whom a demand is made of when the words do not name it as the object (sentences written for these tests).</summary>
public sealed class AppealTests
{
    [Fact]
    public void ADemandDefied_IsMadeOfWhoeverActsDespiteIt()
    {
        var demand = Assert.Single(EventCodingTests.Code("Ethiopia's army has kept up its offensive in Amhara, despite calls for a ceasefire, aid groups said."),
            e => e.Category.Type == "REQUEST");
        Assert.Empty(demand.Actors);
        Assert.Equal(["ETH"], demand.Recipients.Select(r => r.Code));
    }

    [Fact]
    public void ADemandForAnActInAPlace_IsNotMadeOfThatPlace() =>
        Assert.Empty(Assert.Single(EventCodingTests.Code("The Security Council demanded an immediate truce in Yemen on Tuesday."), e => e.Category.Type == "REQUEST").Recipients);
}
