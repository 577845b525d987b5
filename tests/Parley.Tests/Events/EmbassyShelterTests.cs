namespace Parley.Tests.Events;

/// <summary>
/// An embassy stands in another country: a titled person the lexicon does not know, seized from it or sheltered in it,
/// takes the country of the scene, not the embassy's (sentences written for these tests).
/// </summary>
public sealed class EmbassyShelterTests
{
    [Theory]
    [InlineData("Police in Caracas raided the Argentine embassy on Sunday and detained former Interior Minister Rafael Paredes, who had taken refuge there in March.", "VEN")]
    [InlineData("Soldiers in Managua surrounded the Brazilian embassy and arrested former Foreign Minister Ana Lucia Ortez as she left it.", "NIC")]
    public void ThePersonSeized_IsOfTheHostCountry(string text, string country)
    {
        var arrest = Assert.Single(EventCodingTests.Code(text), e => e.Category.Type == "COERCE");
        Assert.Contains(arrest.Recipients, r => r.Code == country);
    }
}
