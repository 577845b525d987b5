namespace Parley.Tests.Events;

/// <summary>
/// Attacks named only as what a treaty covers, what a weapon could reach or what an act is said to lead to are no attacks
/// (sentences written for these tests).
/// </summary>
public sealed class AttackOnlyConditionedTests
{
    [Theory]
    [InlineData("Tokyo said the alliance covers armed attacks on Japanese ships anywhere in the East China Sea.")]
    [InlineData("Kyiv wants the cruise missile, which can strike targets about 500 kilometres away.")]
    [InlineData("Moscow said the new package would only lead to more civilians being killed.")]
    [InlineData("Diplomats warned that the collapse of the talks might lead to further attacks on shipping.")]
    public void AnAttackOnlyCoveredOrWithinReach_IsNoAssault(string text) =>
        Assert.DoesNotContain(EventCodingTests.Code(text), e => e.Category.Type == "ASSAULT");
}
