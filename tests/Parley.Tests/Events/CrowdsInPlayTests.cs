namespace Parley.Tests.Events;

/// <summary>
/// Crowds, rioters, looters and defendants are the people of the country in play, like protesters and residents: police
/// who fire on them or arrest them, and courts that jail them, act on that country's civilians (sentences written for these tests).
/// </summary>
public sealed class CrowdsInPlayTests
{
    [Theory]
    [InlineData("NAIROBI - Kenyan police fired tear gas at crowds marching on parliament on Tuesday.", "ASSAULT", "KEN")]
    [InlineData("Riot police in Dhaka fired rubber bullets at the crowd outside the election commission.", "ASSAULT", "BGD")]
    [InlineData("Police in Colombo said they had arrested 40 looters overnight.", "COERCE", "LKA")]
    [InlineData("French police detained dozens of rioters in Nanterre overnight.", "COERCE", "FRA")]
    [InlineData("A court in Istanbul jailed the defendants for life on Friday.", "SANCTION", "TUR")]
    public void TheCrowd_IsTheRecipientInItsCountry(string text, string type, string country)
    {
        var act = Assert.Single(EventCodingTests.Code(text), e => e.Category.Type == type);
        Assert.Contains(act.Recipients, r => r.Sector == "CVL" && r.Code == country);
    }
}
