namespace Parley.Tests.Events;

/// <summary>
/// A mediation whose sentence names no sides goes between the parties of the acts of the sentence just before it, taken
/// together, when no single act there has two sides (sentences written for these tests).
/// </summary>
public sealed class MediatedActsOfSentenceBeforeTests
{
    [Fact]
    public void TheSidesOfTwoActsBefore_AreTheRecipients()
    {
        var events = EventCodingTests.Code("Serbian forces agreed on Monday to pull back, a day after Kosovo launched an offensive. The truce was mediated by Turkey.");
        var mediation = Assert.Single(events, e => e.Category is { Type: "CONSULT", Mode: "third-party" });
        Assert.Equal(["SRB", "XKX"], mediation.Recipients.Select(r => r.Code).Order());
    }

    [Fact]
    public void AMediatorAmongThoseSides_TakesNone()
    {
        var events = EventCodingTests.Code("Turkish forces agreed on Monday to pull back, a day after Syria launched an offensive. The truce was mediated by Turkey.");
        var mediation = Assert.Single(events, e => e.Category is { Type: "CONSULT", Mode: "third-party" });
        Assert.Empty(mediation.Recipients);
    }
}
