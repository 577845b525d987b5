namespace Parley.Tests.Events;

/// <summary>"the first time X had happened since": a record measured against the past names the news, not another event (text written for these tests).</summary>
public sealed class FirstTimeSinceTests
{
    [Fact]
    public void AnActAfterTheFirstTime_IsNoEventOfItsOwn()
    {
        var events = EventCodingTests.Code("Polish jets shot down two drones over the Lublin region on Wednesday, " +
            "the first time a NATO member had fired on Russian aircraft since the war began.");
        Assert.Single(events, e => e.Category.Type == "ASSAULT");
    }

    [Fact]
    public void AnActDoneForTheFirstTime_StaysAnEvent()
    {
        var events = EventCodingTests.Code("Britain imposed sanctions on Georgia's interior minister for the first time on Friday.");
        Assert.Single(events, e => e.Category.Type == "SANCTION");
    }

    [Fact]
    public void ThePastActARecordIsMeasuredAgainst_StaysAnEvent()
    {
        var events = EventCodingTests.Code("French jets struck militant camps in Mali on Friday, " +
            "the first such strikes since Houthi rebels began attacking ships in the Red Sea in November.");
        Assert.Equal(2, events.Count(e => e.Category.Type == "ASSAULT"));
    }
}
