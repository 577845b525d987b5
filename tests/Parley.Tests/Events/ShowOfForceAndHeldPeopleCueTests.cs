namespace Parley.Tests.Events;

/// <summary>
/// Alerts told with their level, patrols resumed, ships entering waters, aircraft straying into airspace, a force that
/// "nears" in a headline, and people a state "holds" (sentences written for these tests).
/// </summary>
public sealed class ShowOfForceAndHeldPeopleCueTests
{
    [Theory]
    [InlineData("The president put the national army on its highest state of alert on Monday.", "MOBILIZE")]
    [InlineData("Both navies will resume patrols in the northern sea next month.", "MOBILIZE")]
    [InlineData("Analysts say Hanoi could answer with more coast guard patrols near the reefs.", "MOBILIZE")]
    [InlineData("A Russian frigate entered Norwegian waters on Friday.", "MOBILIZE")]
    [InlineData("A Chinese fighter jet strayed into Japanese airspace on Sunday.", "MOBILIZE")]
    [InlineData("British carrier nears Gulf as tensions rise", "MOBILIZE")]
    [InlineData("Ghana holds 20 soldiers after mutiny at barracks", "COERCE")]
    public void TheWordsTellTheirEvent(string text, string type) =>
        Assert.Contains(EventCodingTests.Code(text), e => e.Category.Type == type);

    [Fact]
    public void AircraftOnlyEnteringAirspace_AreTheGroundOfTheirDowning_NoDeployment() =>
        Assert.DoesNotContain(EventCodingTests.Code("Romania shot down two drones that entered its airspace overnight."),
            e => e.Category.Type == "MOBILIZE");

    [Fact]
    public void AStateThatNears_IsNoForce() =>
        Assert.DoesNotContain(EventCodingTests.Code("Belarus nears a deal with its creditors"),
            e => e.Category.Type == "MOBILIZE");
}
