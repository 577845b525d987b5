using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// An event a past cue ("since") sets in the background is recent news when its own phrase dates it less than seven
/// months before publication (sentences written for these tests, published 12 March 2025).
/// </summary>
public sealed class RecentSinceTests
{
    [Fact]
    public void ASeizureSinceJanuary_IsRecentNews() =>
        Assert.Equal(EventModality.Asserted, Assert.Single(EventCodingTests.Code(
            "Relations have soured since Russian troops seized the port in January."), e => e.Category.Type == "COERCE").Modality);

    [Fact]
    public void ASeizureSinceJanuaryTwoYearsBack_IsBackground() =>
        Assert.Equal(EventModality.Historical, Assert.Single(EventCodingTests.Code(
            "Relations have soured since Russian troops seized the port in January 2023."), e => e.Category.Type == "COERCE").Modality);
}
