using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>An act a deal or a law obliges a party to do has not happened yet (sentences written for these tests).</summary>
public sealed class ObligationModalityTests
{
    [Theory]
    [InlineData("The truce obliges the militia to withdraw its fighters from the border by March.", "RETREAT", EventModality.Future)]
    [InlineData("The accord requires Hamas to free the remaining hostages within six weeks.", "RETREAT", EventModality.Future)]
    // An obligation denied is an act denied.
    [InlineData("The accord did not require the militia to hand over its weapons at once.", "RETREAT", EventModality.Negated)]
    public void AnObligedAct_IsNotAsserted(string text, string type, EventModality modality) =>
        Assert.Equal(modality, Assert.Single(EventCodingTests.Code(text), e => e.Category.Type == type).Modality);
}
