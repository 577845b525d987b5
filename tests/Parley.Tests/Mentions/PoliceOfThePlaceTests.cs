using Parley.Tests.Events;

namespace Parley.Tests.Mentions;

/// <summary>
/// Police named by the noun alone are a state's force: not an organisation's, nor the country of a foreign figure
/// named in the sentence before when their own sentence names the place (sentences written for these tests).
/// </summary>
public sealed class PoliceOfThePlaceTests
{
    [Fact]
    public void Police_AfterAForeignFigure_AreTheForceOfThePlaceTheirSentenceNames()
    {
        var crackdown = Assert.Single(EventCodingTests.Code(
            "Pope Leo called the attack a massacre on Sunday. A day later, police fired tear gas at protesters who marched through Makurdi."),
            e => e.Category.Type == "ASSAULT" && e.Recipients.Count > 0);
        Assert.Equal("NGA", Assert.Single(crackdown.Actors).Code);
    }

    [Fact]
    public void Police_BesideAnOrganisation_AreTheStorysCountrys()
    {
        var crackdown = Assert.Single(EventCodingTests.Code(
            "Protests spread across Madagascar on Friday.\n\nPolice fired tear gas at protesters, and at least 22 people were killed, "
            + "according to the United Nations."), e => e.Category.Type == "ASSAULT");
        Assert.Equal("MDG", Assert.Single(crackdown.Actors).Code);
    }
}
