using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>An act a party waits or braces for has not happened: it is speculated (sentences written for these tests).</summary>
public sealed class AwaitedActTests
{
    [Theory]
    [InlineData("Seoul put its air defences on alert on Monday as the peninsula waits for a North Korean missile test.", "MOBILIZE")]
    [InlineData("Kyiv is bracing for a Russian offensive in the east, officials said.", "ASSAULT")]
    public void AnAwaitedAct_IsHypothetical(string sentence, string type) =>
        Assert.Contains(EventCodingTests.Code(sentence), e => e.Category.Type == type && e.Modality == EventModality.Hypothetical);
}
