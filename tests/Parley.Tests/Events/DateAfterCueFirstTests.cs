namespace Parley.Tests.Events;

/// <summary>
/// A date told after a cue in its clause dates it before a date told before the cue, which belongs to an act joined by
/// "and" (sentences written for these tests).
/// </summary>
public sealed class DateAfterCueFirstTests
{
    [Fact]
    public void TheNextDayAfterTheCue_DatesIt_NotTheDayOfTheActBefore()
    {
        var events = EventCodingTests.Code("The envoy landed in Cairo on Monday and was received by the president at the palace the next day.", "2025-03-12");
        Assert.Equal("2025-03-11", events.Last(e => e.Category.Type == "CONSULT").Date?.Time?.Value);
    }

    [Fact]
    public void AMonthAfterTheCue_DatesIt_NotTheYearOfTheActBefore()
    {
        var events = EventCodingTests.Code("The general was arrested in 2019 and convicted by a military court in March.", "2025-06-12");
        Assert.Equal("2025-03", Assert.Single(events, e => e.Category.Type == "SANCTION").Date?.Time?.Value);
    }
}
