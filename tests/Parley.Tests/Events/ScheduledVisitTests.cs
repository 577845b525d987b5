using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// A trip told in the present simple with a bare weekday after it is on the schedule: a visit still to come, coded AGREE
/// (future cooperation), on the coming weekday (sentences written for these tests; 2025-06-14 is a Saturday).
/// </summary>
public sealed class ScheduledVisitTests
{
    [Fact]
    public void AnArrivalInThePresentWithItsWeekday_IsToCome()
    {
        var e = Assert.Single(EventCodingTests.Code("Spain's prime minister arrives in Rabat on Tuesday for talks with the king, his office said.", "2025-06-14"),
            e => e.Category.Type == "CONSULT" && e.Category.Mode == "visit");
        Assert.Equal(EventModality.Future, e.Modality);
        Assert.Equal("AGREE", e.PloverCategory.Type);
        Assert.Equal("2025-06-17", e.Date?.Time?.Value);
    }

    [Fact]
    public void ALandingInARelativeClause_IsToCome()
    {
        var e = Assert.Single(EventCodingTests.Code("The president, who lands in Nairobi on Monday at the start of an African tour, is expected to discuss trade.", "2025-06-14"),
            e => e.Category.Type == "CONSULT" && e.Category.Mode == "visit");
        Assert.Equal(EventModality.Future, e.Modality);
    }

    [Fact]
    public void AnArrivalToldInThePast_StaysDone()
    {
        var e = Assert.Single(EventCodingTests.Code("Spain's prime minister arrived in Rabat on Tuesday for talks with the king, his office said.", "2025-06-14"),
            e => e.Category.Type == "CONSULT" && e.Category.Mode == "visit");
        Assert.Equal(EventModality.Asserted, e.Modality);
    }
}
