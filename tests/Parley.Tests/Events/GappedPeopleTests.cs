namespace Parley.Tests.Events;

/// <summary>
/// People named inside a cue's gap ("pulled ... survivors", "forced ... from their homes") are whom the act is done to
/// (sentences written for these tests).
/// </summary>
public sealed class GappedPeopleTests
{
    [Theory]
    [InlineData("Greek rescue workers pulled survivors from a collapsed building in southern Turkey on Friday.", "AID", "TUR")]
    [InlineData("The rebels said on Friday they had captured Bunia, a trading town in northeastern Congo, after a week of fighting that forced thousands of people from their homes.", "SANCTION", "COD")]
    public void PeopleInTheGap_AreTheRecipient(string text, string type, string recipient)
    {
        var e = Assert.Single(EventCodingTests.Code(text), e => e.Category.Type == type);
        var people = Assert.Single(e.Recipients);
        Assert.Equal(recipient, people.Code);
        Assert.Equal("CVL", people.Sector);
    }
}
