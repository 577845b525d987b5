namespace Parley.Tests.Events;

/// <summary>
/// A bare "incursion" names a crossing the story tells by its verb, or one others judge; it is no attack of its own
/// (sentences written for these tests; events/patterns.tsv, ASSAULT).
/// </summary>
public sealed class IncursionRetoldTests
{
    [Fact]
    public void DeniedIncursion_AfterAirspaceCrossing_IsNoAttack()
    {
        var events = EventCodingTests.Code("Two Russian helicopters strayed into Latvian airspace on Friday. Moscow denied the incursion.", "2025-06-01");
        Assert.Contains(events, e => e.Category.Type == "MOBILIZE");
        Assert.DoesNotContain(events, e => e.Category.Type == "ASSAULT");
    }

    [Fact]
    public void LaunchedIncursion_IsStillAnAttack()
    {
        var events = EventCodingTests.Code("Kyiv launched an incursion into the Kursk region.", "2025-06-01");
        Assert.Contains(events, e => e.Category.Type == "ASSAULT");
    }
}
