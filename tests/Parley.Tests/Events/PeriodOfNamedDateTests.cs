namespace Parley.Tests.Events;

/// <summary>"the same month", "later that month", "the following year" are periods of the last date the text named, not
/// of publication (sentences written for these tests).</summary>
public sealed class PeriodOfNamedDateTests
{
    [Fact]
    public void TheSameMonth_IsTheMonthNamedBefore()
    {
        var events = EventCodingTests.Code("Parliament approved the treaty in March 2025. The same month, the army withdrew from the border.", "2025-06-14");
        Assert.Equal("2025-03", Assert.Single(events, e => e.Category.Type == "RETREAT").Date?.Time?.Value);
    }

    [Fact]
    public void LaterThatMonth_IsTheMonthOfTheDayNamedBefore()
    {
        var events = EventCodingTests.Code("Rebels seized the airport on May 3, 2024. Later that month, the United Nations suspended its flights.", "2025-06-14");
        Assert.Equal("2024-05", Assert.Single(events, e => e.Category.Type == "SANCTION").Date?.Time?.Value);
    }

    [Fact]
    public void TheFollowingYear_IsTheYearAfterTheOneNamedBefore()
    {
        var events = EventCodingTests.Code("Mali expelled the French ambassador in 2022. France withdrew its last troops from Mali the following year.", "2025-06-14");
        Assert.Equal("2023", Assert.Single(events, e => e.Category.Type == "RETREAT").Date?.Time?.Value);
    }
}
