using Parley.Tests.Events;

namespace Parley.Tests.Mentions;

/// <summary>
/// "his" and "her" are a person's: the group they own belongs to the person named before them, not to a country named
/// in between. Sentences written for these tests.
/// </summary>
public sealed class PersonalPossessiveTests
{
    [Theory]
    [InlineData("Venezuela's Maduro was sworn in for a third term as the United States announced new sanctions against his government.", "USA", "VEN")]
    [InlineData("Belarus's Lukashenko was sworn in again as the European Union announced new sanctions against his government.", "EU", "BLR")]
    public void HisGovernment_IsThePersonsCountrys(string text, string actor, string recipient)
    {
        var e = Assert.Single(EventCodingTests.Code(text, "2025-01-10"), e => e.Category.Type == "SANCTION");
        Assert.Equal([actor], e.Actors.Select(a => a.Code));
        Assert.Equal([recipient], e.Recipients.Select(r => r.Code));
    }
}
