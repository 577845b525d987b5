namespace Parley.Tests.Events;

/// <summary>
/// Families, survivors and victims belong to the country in play, like residents and villagers: they are the recipients
/// of aid and attacks told in that country. So are crowds, rioters, looters and defendants, whom police fire on or
/// arrest and courts jail (sentences written for these tests).
/// </summary>
public sealed class PlacedVictimsTests
{
    [Theory]
    [InlineData("Floods swept through Pakistan's Sindh province on Monday, and the army airlifted food to families stranded in the villages.", "AID", "PAK")]
    [InlineData("An earthquake struck western Afghanistan on Saturday, and Iran sent tents to survivors in Herat.", "AID", "AFG")]
    [InlineData("Gunmen in Nigeria's Zamfara state shot dead the victims in their homes, police said.", "ASSAULT", "NGA")]
    [InlineData("NAIROBI - Kenyan police fired tear gas at crowds marching on parliament on Tuesday.", "ASSAULT", "KEN")]
    [InlineData("Riot police in Dhaka fired rubber bullets at the crowd outside the election commission.", "ASSAULT", "BGD")]
    [InlineData("Police in Colombo said they had arrested 40 looters overnight.", "COERCE", "LKA")]
    [InlineData("French police detained dozens of rioters in Nanterre overnight.", "COERCE", "FRA")]
    [InlineData("A court in Istanbul jailed the defendants for life on Friday.", "SANCTION", "TUR")]
    public void TheVictims_TakeTheCountryInPlay(string text, string type, string country)
    {
        var act = Assert.Single(EventCodingTests.Code(text), e => e.Category.Type == type);
        Assert.Contains(act.Recipients, r => r.Sector == "CVL" && r.Code == country);
    }
}
