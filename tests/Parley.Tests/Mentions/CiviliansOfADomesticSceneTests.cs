namespace Parley.Tests.Mentions;

/// <summary>
/// Civilians named by a noun alone, with no place in sight, belong to the story's country when every actor in sight is
/// of that country; with actors of two countries in sight they stay unplaced (sentences written for these tests).
/// </summary>
public sealed class CiviliansOfADomesticSceneTests
{
    [Fact]
    public void Demonstrators_InAScene_OfOneCountry_AreThatCountrys()
    {
        var support = Assert.Single(Parley.Tests.Events.EventCodingTests.Code(
            "Colonel Jean Rakoto was sworn in as president of Madagascar on Friday.\n\nSoldiers had sided with the demonstrators on Sunday."),
            e => e.Category.Type == "SUPPORT");
        Assert.Equal("MDG", Assert.Single(support.Recipients).Code);
    }

    [Fact]
    public void Demonstrators_BesideActorsOfTwoCountries_StayUnplaced()
    {
        var support = Assert.Single(Parley.Tests.Events.EventCodingTests.Code(
            "France and Rwanda traded accusations on Friday.\n\nSoldiers had sided with the demonstrators on Sunday."),
            e => e.Category.Type == "SUPPORT");
        Assert.Empty(support.Recipients);
    }
}
