namespace Parley.Tests.Events;

/// <summary>An act only plotted is the plot's charge, not an act done (sentences written for these tests).</summary>
public sealed class PlottedActTests
{
    [Fact]
    public void AnInvasionPlotted_IsNoAttack()
    {
        var events = EventCodingTests.Code("Havana accused Washington of plotting an invasion of the island.", "2025-06-01");
        Assert.Contains(events, e => e.Category.Type == "ACCUSE");
        Assert.DoesNotContain(events, e => e.Category.Type == "ASSAULT");
    }
}
