namespace Parley.Tests.Events;

/// <summary>
/// Sanctions told by other verbs ("froze aid to", "pull envoys from", "strip … of its duty-free access"), and a pact's
/// terms, which name no attack ("treat an attack on either as an attack on both") (sentences written for these tests).
/// </summary>
public sealed class SanctionCueAndPactTermTests
{
    [Fact]
    public void AidFrozen_IsDiscontinued()
    {
        var events = EventCodingTests.Code("The Netherlands froze development aid to Suriname on Tuesday.", "2025-06-01");
        Assert.Contains(events, e => e.Category is { Type: "SANCTION", Mode: "discontinue" });
    }

    [Fact]
    public void EnvoysPulled_AreWithdrawn()
    {
        var events = EventCodingTests.Code("Niger and Chad pull envoys from Tripoli after border shooting", "2025-06-01");
        Assert.Contains(events, e => e.Category is { Type: "SANCTION", Mode: "withdraw" });
    }

    [Fact]
    public void TradeAccessStripped_IsDiscontinued()
    {
        var events = EventCodingTests.Code("The European Union stripped Cambodia of its duty-free access to the single market.", "2025-06-01");
        Assert.Contains(events, e => e.Category is { Type: "SANCTION", Mode: "discontinue" });
    }

    [Fact]
    public void APactsTerms_NameNoAttack()
    {
        var events = EventCodingTests.Code("Egypt and Sudan signed a defence pact on Monday, agreeing to regard an attack on either state as an attack on both.", "2025-06-01");
        Assert.DoesNotContain(events, e => e.Category.Type == "ASSAULT");
    }
}
