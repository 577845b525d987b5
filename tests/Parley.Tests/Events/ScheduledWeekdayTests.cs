using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// A bare weekday dating an event told as still to come names the coming day, not the last one (sentences written for
/// these tests; 2025-06-14 is a Saturday).
/// </summary>
public sealed class ScheduledWeekdayTests
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
}
