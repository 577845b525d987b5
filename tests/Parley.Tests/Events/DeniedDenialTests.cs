using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>"has not ruled out fresh strikes": a denial denied leaves the act possible (sentences written for these tests).</summary>
public sealed class DeniedDenialTests
{
    [Fact]
    public void StrikesNotRuledOut_AreHypothetical()
    {
        var events = EventCodingTests.Code("Tehran has not ruled out fresh strikes on militant camps in the border region.");
        Assert.Equal(EventModality.Hypothetical, Assert.Single(events, e => e.Category.Type == "ASSAULT").Modality);
        Assert.Equal(EventModality.Negated, Assert.Single(events, e => e.Category.Type == "REJECT").Modality);
    }

    [Fact]
    public void StrikesRuledOut_AreNegated() =>
        Assert.Equal(EventModality.Negated, Assert.Single(EventCodingTests.Code("Tehran ruled out fresh strikes on militant camps in the border region."),
            e => e.Category.Type == "ASSAULT").Modality);
}
