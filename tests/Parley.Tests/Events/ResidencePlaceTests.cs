namespace Parley.Tests.Events;

/// <summary>A place told as where someone lives or sits ("a banker living in Lisbon") is not the scene of the act (sentences written for these tests).</summary>
public sealed class ResidencePlaceTests
{
    [Theory]
    [InlineData("Police arrested a Colombian banker living in Portugal on Tuesday.")]
    [InlineData("Harris, a teacher who had lived in Iran for years, was detained on Tuesday.")]
    public void WhereSomeoneLives_IsNotTheScene(string text)
    {
        var events = EventCodingTests.Code(text, "2025-05-21");
        Assert.Null(Assert.Single(events, e => e.Category.Type == "COERCE").Location);
    }

    [Fact]
    public void APlaceOfTheActItself_StillIs()
    {
        var events = EventCodingTests.Code("Police arrested a Colombian banker in Lisbon on Tuesday.", "2025-05-21");
        Assert.Equal("PRT", Assert.Single(events, e => e.Category.Type == "COERCE").Location?.Place?.Country);
    }
}
