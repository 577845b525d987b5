namespace Parley.Tests.Events;

/// <summary>
/// Families, survivors and victims belong to the country in play, like residents and villagers: they are the recipients
/// of aid and attacks told in that country (sentences written for these tests).
/// </summary>
public sealed class PlacedVictimsTests
{
    [Theory]
    [InlineData("Floods swept through Pakistan's Sindh province on Monday, and the army airlifted food to families stranded in the villages.", "AID", "PAK")]
    [InlineData("An earthquake struck western Afghanistan on Saturday, and Iran sent tents to survivors in Herat.", "AID", "AFG")]
    [InlineData("Gunmen in Nigeria's Zamfara state shot dead the victims in their homes, police said.", "ASSAULT", "NGA")]
    public void TheVictims_TakeTheCountryInPlay(string text, string type, string country)
    {
        var act = Assert.Single(EventCodingTests.Code(text), e => e.Category.Type == type);
        Assert.Contains(act.Recipients, r => r.Sector == "CVL" && r.Code == country);
    }
}
