namespace Parley.Tests.Events;

/// <summary>
/// A party's standing by an act told before ("remained committed to the truce") is a stance of its own, not the act told
/// again (sentences written for these tests).
/// </summary>
public sealed class StandingByActTests
{
    [Fact]
    public void RemainingCommittedToATruce_IsNotTheAgreementAgain()
    {
        var events = EventCodingTests.Code("Armenia and Azerbaijan agreed to halt the shelling on Saturday. Baku said it remained committed to the truce.");
        Assert.Equal(2, events.Count(e => e.Category.Type == "AGREE"));
    }
}
