using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// A bare weekday dating an event told as still to come names the coming day, and one dating an event told as done the
/// last one (sentences written for these tests; 2025-06-14 is a Saturday, 2025-06-18 a Wednesday).
/// </summary>
public sealed class WeekdayDirectionTests
{
    [Fact]
    public void AWeekdayAfterAFutureAct_IsTheComingOne()
    {
        var e = Assert.Single(EventCodingTests.Code("The Kenyan president said he would host the two rebel leaders in Nairobi on Tuesday.", "2025-06-14"));
        Assert.Equal(EventModality.Future, e.Modality);
        Assert.Equal("2025-06-17", e.Date?.Time?.Value);
    }

    [Fact]
    public void TheDayOfTheSaying_StaysBehind()
    {
        var e = Assert.Single(EventCodingTests.Code("Kenya would host the two rebel leaders in Nairobi, the foreign ministry said on Tuesday.", "2025-06-14"),
            e => e.Modality == EventModality.Future);
        Assert.NotEqual("2025-06-17", e.Date?.Time?.Value);
    }

    [Fact]
    public void AWeekdayOfAnActDone_StaysBehind()
    {
        var e = Assert.Single(EventCodingTests.Code("The Kenyan president hosted the two rebel leaders in Nairobi on Tuesday.", "2025-06-14"));
        Assert.Equal("2025-06-10", e.Date?.Time?.Value);
    }

    [Fact]
    public void AWeekdayOfAnActDone_InASentenceThatLooksAhead_IsTheLastOne()
    {
        var e = Assert.Single(EventCodingTests.Code("Kenya and Ethiopia signed an accord on border trade on Monday, and their ministers will meet again next month.", "2025-06-18"),
            e => e.Modality == EventModality.Asserted);
        Assert.Equal("2025-06-16", e.Date?.Time?.Value);
    }
}
