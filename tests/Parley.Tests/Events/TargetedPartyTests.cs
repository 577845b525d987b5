namespace Parley.Tests.Events;

/// <summary>Whom an act is directed at when the words name it only by a seat of power or a name used as a modifier (sentences written for these tests).</summary>
public sealed class TargetedPartyTests
{
    [Theory]
    [InlineData("Hundreds of Peruvian farmers staged a sit-in outside the legislature on Friday.", "PROTEST", "PER")]
    [InlineData("Thousands of Ghanaian students plan to march on the presidential palace next week.", "PROTEST", "GHA")]
    [InlineData("Ecuador's president declared a state of emergency, sending troops to the national assembly on Monday.", "MOBILIZE", "ECU")]
    public void ASeatOfPowerNamedWithNoPlace_StandsForTheActorsOwnGovernment(string text, string type, string code)
    {
        var e = Assert.Single(EventCodingTests.Code(text), e => e.Category.Type == type);
        Assert.Equal([code], e.Recipients.Select(r => r.Code));
    }

    [Fact]
    public void ACountryNameDescribingTheObject_IsWhomTheActGoesTo()
    {
        var e = Assert.Single(EventCodingTests.Code("Venezuela's president turned back three U.S. cargo planes on Sunday."), e => e.Category.Type == "REJECT");
        Assert.Equal(["USA"], e.Recipients.Select(r => r.Code));
    }

    [Fact]
    public void ADemandDefied_IsMadeOfWhoeverActsDespiteIt()
    {
        var e = Assert.Single(EventCodingTests.Code("Ethiopia's army has kept up its offensive in Amhara, despite calls for a ceasefire, aid groups said."), e => e.Category.Type == "REQUEST");
        Assert.Empty(e.Actors);
        Assert.Equal(["ETH"], e.Recipients.Select(r => r.Code));
    }

    [Fact]
    public void AnAppealToThePartiesOfAPlace_IsMadeOfItsCountry()
    {
        var e = Assert.Single(EventCodingTests.Code("The African Union urged all factions in Libya to return to talks."), e => e.Category.Type == "REQUEST");
        Assert.Equal(["LBY"], e.Recipients.Select(r => r.Code));
    }

    [Fact]
    public void ADemandForAnActInAPlace_IsNotMadeOfThatPlace()
    {
        var e = Assert.Single(EventCodingTests.Code("The Security Council demanded an immediate truce in Yemen on Tuesday."), e => e.Category.Type == "REQUEST");
        Assert.Empty(e.Recipients);
    }
}
