using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// News of seven months or more before publication is told as background, the past that led to the news; news of a few
/// months back is still news (sentences written for these tests).
/// </summary>
public sealed class SevenMonthsBackgroundTests
{
    [Fact]
    public void ABackingEightMonthsBeforePublication_IsHistorical() =>
        Assert.Equal(EventModality.Historical, Assert.Single(EventCodingTests.Code(
            "Madrid backed Rabat's autonomy plan for Western Sahara in July 2024, souring ties between the two capitals.", "2025-04-15"),
            e => e.Category.Type == "SUPPORT").Modality);

    [Fact]
    public void ABackingFiveMonthsBeforePublication_IsStillNews() =>
        Assert.Equal(EventModality.Asserted, Assert.Single(EventCodingTests.Code(
            "Madrid backed Rabat's autonomy plan for Western Sahara in November 2024, souring ties between the two capitals.", "2025-04-15"),
            e => e.Category.Type == "SUPPORT").Modality);
}
