using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// A pledge to hit back hard or in kind, or not to hesitate, threatens though it never says "threatened"
/// (sentences written for these tests).
/// </summary>
public sealed class PledgedResponseThreatTests
{
    [Theory]
    [InlineData("Caracas said it would respond firmly to any incursion by Colombia.")]
    [InlineData("Pyongyang said it would answer any such step in kind.")]
    [InlineData("The president said he would not hesitate to order further measures against the cartels.")]
    [InlineData("Commanders on the border have been told to respond forcefully to any violation.")]
    public void APledgedResponse_IsAThreatMadeAsItIsTold(string text)
    {
        var threat = Assert.Single(EventCodingTests.Code(text), e => e.Category.Type == "THREATEN");
        Assert.Equal("violence", threat.Category.Mode);
        Assert.Equal(EventModality.Asserted, threat.Modality);
    }

    [Fact]
    public void AWarningThatOneWillHitBackHard_IsOneThreat() =>
        Assert.Single(EventCodingTests.Code("The general warned that Manila would respond far more forcefully to another ramming."),
            e => e.Category.Type == "THREATEN");

    [Theory]
    [InlineData("Riot police responded forcefully to the crowd outside parliament.")]
    [InlineData("Tokyo said it would respond to the proposal next week.")]
    public void AResponseTold_OrOneWithoutForce_IsNoThreat(string text) =>
        Assert.DoesNotContain(EventCodingTests.Code(text), e => e.Category.Type == "THREATEN");
}
