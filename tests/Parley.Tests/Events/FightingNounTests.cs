namespace Parley.Tests.Events;

/// <summary>Fighting told as a noun, with its sides or its place and no verb of attack (sentences written for these tests).</summary>
public sealed class FightingNounTests
{
    [Theory]
    [InlineData("Fighting between Tajik and Kyrgyz border guards displaced thousands of villagers.")]
    [InlineData("Cross-border fighting between Eritrea and Ethiopia flared again in the Badme area.")]
    [InlineData("The fighting in Tigray has cut off food supplies to millions.")]
    public void FightingWithItsSidesOrPlace_IsAnAssault(string text) =>
        Assert.Contains(EventCodingTests.Code(text), e => e.Category.Type == "ASSAULT");

    [Fact]
    public void FightingBetweenTwoSides_HasBothAsActorsAndNoRecipient()
    {
        var e = Assert.Single(EventCodingTests.Code("Fighting between Armenia and Azerbaijan left dozens of soldiers dead."), e => e.Category.Type == "ASSAULT");
        Assert.Equal(["ARM", "AZE"], e.Actors.Select(a => a.Code).Order());
        Assert.Empty(e.Recipients);
    }

    [Fact]
    public void FightingAsAVerbOfPeople_IsNoNounOfFighting() =>
        Assert.DoesNotContain(EventCodingTests.Code("The charity said it was fighting in court for the release of its funds."), e => e.Category.Type == "ASSAULT");
}
