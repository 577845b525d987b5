using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>A negated confirmation ("did not confirm that …", "could not independently verify") leaves the act it
/// is about reported but unconfirmed: hedged, not negated (sentences written for these tests).</summary>
public sealed class UnconfirmedReportTests
{
    [Theory]
    [InlineData("The ministry did not confirm that its drones had carried out the strikes.")]
    [InlineData("The army has not confirmed that its jets bombed the convoy.")]
    [InlineData("Officials could not independently verify that Israel had struck the convoy.")]
    public void TheActToldUnconfirmed_IsHedgedAndNotNegated(string sentence)
    {
        var attack = Assert.Single(EventCodingTests.Code(sentence), e => e.Category.Type == "ASSAULT");
        Assert.Equal(EventModality.Asserted, attack.Modality);
        Assert.True(attack.Hedged);
    }

    [Fact]
    public void ANegatedAct_StaysNegated() =>
        Assert.Equal(EventModality.Negated, Assert.Single(EventCodingTests.Code("Its drones did not strike the convoy."), e => e.Category.Type == "ASSAULT").Modality);
}
