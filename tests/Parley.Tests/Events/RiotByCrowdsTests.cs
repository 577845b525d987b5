using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>Violence done by protesters alone is a riot, not an armed attack (sentences written for these tests).</summary>
public sealed class RiotByCrowdsTests
{
    [Theory]
    [InlineData("Protesters set fire to the provincial assembly in Makassar on Friday.")]
    [InlineData("Congolese crowds attacked the French embassy in Kinshasa on Tuesday.")]
    public void ViolenceByProtesters_IsARiot(string text)
    {
        var e = Assert.Single(EventCodingTests.Code(text), e => e.Category.Type is "PROTEST" or "ASSAULT");
        Assert.Equal("PROTEST", e.Category.Type);
        Assert.Equal("riot", e.Category.Mode);
    }

    [Fact]
    public void ViolenceBySoldiers_StaysAnAttack() =>
        Assert.Contains(EventCodingTests.Code("Soldiers attacked the French embassy on Tuesday."), e => e.Category.Type == "ASSAULT");
}
