namespace Parley.Tests.Events;

/// <summary>A breach named as what a reaction calls an act is no act of its own (sentences written for these tests).</summary>
public sealed class NamedNormBreachTests
{
    [Fact]
    public void DecisionCalledABreachOfRules_IsNoRejection()
    {
        var events = EventCodingTests.Code("Ghana said it regretted the decision, which it called a breach of ECOWAS trade rules.");
        Assert.DoesNotContain(events, e => e.Category.Type == "REJECT");
    }
}
