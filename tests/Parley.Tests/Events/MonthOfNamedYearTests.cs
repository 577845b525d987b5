namespace Parley.Tests.Events;

/// <summary>"that December", "later that November" are months of the year of the last date the text named, not of
/// publication (sentences written for these tests).</summary>
public sealed class MonthOfNamedYearTests
{
    [Fact]
    public void ThatDecember_IsInTheYearNamedBefore()
    {
        var events = EventCodingTests.Code("Rebels seized the airport in 2019, and the army expelled them from the town that December.", "2025-06-14");
        Assert.Equal("2019-12", Assert.Single(events, e => e.Category.Type == "SANCTION").Date?.Time?.Value);
    }

    [Fact]
    public void LaterThatNovember_IsInTheYearOfTheDayNamedBefore()
    {
        var events = EventCodingTests.Code("Police detained the reporter on March 3, 2022. Iran released her later that November.", "2025-06-14");
        Assert.Equal("2022-11", Assert.Single(events, e => e.Category.Type == "RETREAT").Date?.Time?.Value);
    }

    [Fact]
    public void ThatMay_IsAName()
    {
        var events = EventCodingTests.Code("Labour said in 2019 that May would resign, and Britain expelled 23 Russian diplomats.", "2025-06-14");
        Assert.DoesNotContain(events, e => e.Date?.Time?.Value is "2019-05");
    }
}
