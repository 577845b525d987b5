namespace Parley.Tests.Events;

/// <summary>
/// People that no name places, reported arrested in a passive by a state's own official, are that state's people
/// (sentences written for these tests).
/// </summary>
public sealed class PeopleReportedHeldTests
{
    [Theory]
    [InlineData("The mutiny in the barracks failed on Sunday. Benin's interior minister said 20 people had been arrested.", "BEN")]
    [InlineData("Georgian police said dozens of protesters were detained overnight.", "GEO")]
    public void StateOfficialReportsArrests_TheyAreItsPeople(string text, string country)
    {
        var arrest = Assert.Single(EventCodingTests.Code(text), e => e.Category.Type == "COERCE");
        Assert.Equal([country], arrest.Recipients.Select(r => r.Code).Distinct());
    }

    [Fact]
    public void NoStateSays_NoCountryGuessed()
    {
        var arrest = Assert.Single(EventCodingTests.Code("Amnesty International said 20 people had been arrested."), e => e.Category.Type == "COERCE");
        Assert.Empty(arrest.Recipients);
    }
}
