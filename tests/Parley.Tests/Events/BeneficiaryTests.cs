namespace Parley.Tests.Events;

/// <summary>
/// Whom a pledge or offer is for when its sentence names no one: the party the story's help went to, and for an offer to
/// mediate, the sides it would go between (stories written for these tests).
/// </summary>
public sealed class BeneficiaryTests
{
    [Theory]
    [InlineData("Earthquake flattens villages in Nepal\n\nIndia sent relief supplies to Nepal on Sunday. Japan pledged $5 million on Tuesday.", "JPN", "NPL")]
    public void PledgeOfHelpNamingNoOne_IsForWhomTheStorysHelpWentTo(string text, string actor, string recipient)
    {
        var e = Assert.Single(EventCodingTests.Code(text), e => e.Category.Type == "AGREE" && e.Actors.Exists(a => a.Code == actor));
        Assert.Equal(recipient, Assert.Single(e.Recipients).Code);
    }

    [Fact]
    public void PledgeOfHelpNamingNoOne_IsForWhomTheDocumentsAidWentTo_ToldAfterIt()
    {
        var events = EventCodingTests.Code("Floods swamp southern Chile\n\nSANTIAGO — Canada said it was ready to send engineers. Argentina sent food aid to Chile on Monday.");
        var e = Assert.Single(events, e => e.Category.Type == "AGREE" && e.Actors.Exists(a => a.Code == "CAN"));
        Assert.Equal("CHL", Assert.Single(e.Recipients).Code);
    }

    [Fact]
    public void OfferOfTalks_TakesNoBeneficiary()
    {
        var events = EventCodingTests.Code("Earthquake flattens villages in Nepal\n\nIndia sent relief supplies to Nepal on Sunday. Japan agreed to hold talks on Tuesday.");
        Assert.DoesNotContain(events, e => e.Category.Type == "AGREE" && e.Actors.Exists(a => a.Code == "JPN") && e.Recipients.Count > 0);
    }

    [Fact]
    public void OfferToMediate_IsForTheSidesOfTheActBefore()
    {
        var events = EventCodingTests.Code("Peru and Chile trade blame over border\n\nPeru and Chile traded accusations on Monday over a clash at the border. Brazil offered to mediate.");
        var e = Assert.Single(events, e => e.Category.Type == "AGREE" && e.Actors.Exists(a => a.Code == "BRA"));
        Assert.Equal(["CHL", "PER"], e.Recipients.Select(r => r.Code).Order());
    }
}
