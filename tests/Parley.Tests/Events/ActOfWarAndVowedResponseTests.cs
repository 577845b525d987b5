namespace Parley.Tests.Events;

/// <summary>Calling an act "an act of war" condemns it; vowing that a country will strike back threatens (sentences written for these tests).</summary>
public sealed class ActOfWarAndVowedResponseTests
{
    [Theory]
    [InlineData("Caracas called the boat strikes an act of aggression.", "ACCUSE")]
    [InlineData("The president described the drone incursion as an act of war.", "ACCUSE")]
    [InlineData("The general vowed that the army would retaliate.", "THREATEN")]
    [InlineData("Tehran vowed that Iran will respond at a time of its choosing.", "THREATEN")]
    public void TheWording_GivesItsType(string text, string type) =>
        Assert.Contains(EventCodingTests.Code(text), e => e.Category.Type == type);

    [Fact]
    public void ACallToEndAWar_IsNoCondemnation() =>
        Assert.DoesNotContain(EventCodingTests.Code("Leaders called for an end to the war."), e => e.Category.Type == "ACCUSE");
}
