namespace Parley.Tests.Events;

/// <summary>A country joined by a hyphen to "brokered" or "mediated" is the mediator, even inside a prepositional phrase (sentences written for these tests).</summary>
public sealed class HyphenBrokerTests
{
    [Theory]
    [InlineData("The Qatar-brokered truce between Israel and Hamas took effect on Friday.", "QAT")]
    [InlineData("An Egypt-mediated truce between Sudan's army and the RSF took hold on Monday.", "EGY")]
    [InlineData("Two hundred prisoners went home in Qatar-brokered exchanges between Russia and Ukraine on Friday.", "QAT")]
    public void TheNameBeforeTheHyphen_MediatesTheDeal(string text, string mediator)
    {
        var mediation = Assert.Single(EventCodingTests.Code(text), e => e.Category is { Type: "CONSULT", Mode: "third-party" });
        Assert.Equal([mediator], mediation.Actors.Select(a => a.Code).Distinct());
    }
}
