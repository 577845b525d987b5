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

    [Fact]
    public void AnActRecentlyDone_IsNoGoalOfTheListItStandsIn() =>
        Assert.Equal(EventModality.Historical, Assert.Single(EventCodingTests.Code("Envoy heads to Kyiv\n\nThe talks next week are expected to pursue two goals:\n\n"
            + "- Review: to assess the recently enacted defense upgrades.\n- Trade: to widen grain exports.\n"), e => e.Category.Type == "AID").Modality);
}
