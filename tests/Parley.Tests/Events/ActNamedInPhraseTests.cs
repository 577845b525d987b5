namespace Parley.Tests.Events;

/// <summary>
/// "struck a village in what Tehran called a raid", "hit bombers in deep strike": a noun opened by "in" after a verb of its
/// type names that act, not another (sentences written for these tests).
/// </summary>
public sealed class ActNamedInPhraseTests
{
    [Theory]
    [InlineData("On Monday Iranian missiles and drones struck a village near Gwadar in what Tehran called a raid on a militant group.")]
    [InlineData("Ukrainian drones hit 30 Russian bombers at two air bases in deep strike, officials said on Sunday.")]
    public void AnActNamedAfterItsVerb_IsOneAttack(string text) =>
        Assert.Single(EventCodingTests.Code(text), e => e.Category.Type == "ASSAULT");

    [Fact]
    public void AnAttackNamedOnlyAsAReason_StaysApart() =>
        Assert.Equal(2, EventCodingTests.Code("Israeli jets struck targets in Yemen on Monday in retaliation for a Houthi missile attack on Tel Aviv.")
            .Count(e => e.Category.Type == "ASSAULT"));
}
