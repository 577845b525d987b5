namespace Parley.Tests.Events;

/// <summary>
/// Arrests by a country's own forces in a place of that country strike the people there even when the sentence names no
/// one the arrest befalls by a name or a country (sentences written for these tests).
/// </summary>
public sealed class HomeStrikingKindsTests
{
    [Theory]
    [InlineData("In Kumasi, Ghanaian police arrested the organisers of the march on Friday.")]
    [InlineData("In Kumasi, Ghanaian police detained the organisers of the rally on Friday.")]
    public void OwnForcesArrestingAtHome_StrikeThePeopleOfThePlace(string sentence)
    {
        var arrest = Assert.Single(EventCodingTests.Code(sentence), e => e.Category.Type == "COERCE");
        Assert.Equal("GHA", Assert.Single(arrest.Recipients).Code);
    }
}
