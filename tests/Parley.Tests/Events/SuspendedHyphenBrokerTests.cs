namespace Parley.Tests.Events;

/// <summary>
/// "A U.S.- and French-brokered truce": a name whose hyphen hangs before "and" shares the participle of the name
/// after it, so both broker the deal (sentences written for these tests).
/// </summary>
public sealed class SuspendedHyphenBrokerTests
{
    [Theory]
    [InlineData("A U.S.- and French-brokered truce between Armenia and Azerbaijan held on Monday.", new[] { "USA", "FRA" })]
    [InlineData("The Qatar- and Egypt-brokered ceasefire between Israel and Hamas began on Sunday.", new[] { "QAT", "EGY" })]
    public void BothNames_BrokerTheDeal(string text, string[] brokers)
    {
        var mediation = Assert.Single(EventCodingTests.Code(text), e => e.Category is { Type: "CONSULT", Mode: "third-party" });
        Assert.Equal(brokers.Order(), mediation.Actors.Select(a => a.Code).Distinct().Order());
    }
}
