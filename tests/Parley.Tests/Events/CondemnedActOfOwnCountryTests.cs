namespace Parley.Tests.Events;

/// <summary>
/// A condemnation of an act done by another side of the critic's own country ("the opposition leader condemned the
/// decision") is aimed at whoever did it, as one of a foreign act is; "the deal" names an act as "the move" does
/// (sentences written for these tests).
/// </summary>
public sealed class CondemnedActOfOwnCountryTests
{
    [Fact]
    public void TheOppositionCondemningTheGovernmentsDecision_IsAimedAtTheGovernment()
    {
        var events = EventCodingTests.Code("President Emmanuel Macron signed a decree on Monday. Opposition leader Marine Le Pen condemned the decision.", "2025-06-01");
        var e = Assert.Single(events, e => e.Category.Type == "ACCUSE");
        Assert.Contains(e.Recipients, r => r is { Code: "FRA", Sector: "GOV" });
    }

    [Fact]
    public void ADealCondemned_IsAimedAtWhoeverMadeIt()
    {
        var events = EventCodingTests.Code("President Emmanuel Macron agreed to buy Italian gas on Monday. Opposition leader Marine Le Pen condemned the deal.", "2025-06-01");
        var e = Assert.Single(events, e => e.Category.Type == "ACCUSE");
        Assert.Contains(e.Recipients, r => r is { Code: "FRA", Sector: "GOV" });
    }
}
