namespace Parley.Tests.Events;

/// <summary>
/// "Congress" is the US Congress in a US story, and Peru's, Colombia's or Brazil's in a story that names one of them
/// and nothing of the United States (sentences written for these tests).
/// </summary>
public sealed class SharedInstitutionNameTests
{
    [Theory]
    [InlineData("Thousands of Colombians marched in Bogota on Tuesday as Congress debated President Gustavo Petro's labour reform.", "PROTEST", "COL")]
    [InlineData("Supporters of former Guatemalan president Jimmy Morales rallied outside Congress in Guatemala City on Friday.", "PROTEST", "GTM")]
    [InlineData("Congress approved $61 billion in aid for Ukraine on Saturday after months of delay.", "AID", "USA")]
    public void Congress_IsTheBodyOfTheStorysCountry(string text, string type, string country)
    {
        var act = Assert.Single(EventCodingTests.Code(text), e => e.Category.Type == type);
        Assert.Contains(act.Actors.Concat(act.Recipients), p => p.Code == country && p.Start == text.IndexOf("Congress", StringComparison.Ordinal));
    }
}
