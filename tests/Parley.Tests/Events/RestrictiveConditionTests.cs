using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>"only once", "only after", "possible once": what must happen first is a condition, not a fact (sentences written for these tests).</summary>
public sealed class RestrictiveConditionTests
{
    [Theory]
    [InlineData("The minister said talks would be possible once the rebels were disarmed.", "RETREAT")]
    [InlineData("Aid will flow only after the militia releases the hostages.", "RETREAT")]
    public void TheActThatMustComeFirst_IsHypothetical(string text, string type) =>
        Assert.Equal(EventModality.Hypothetical, Assert.Single(EventCodingTests.Code(text), e => e.Category.Type == type).Modality);
}
