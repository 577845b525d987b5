namespace Parley.Tests.Events;

/// <summary>The lead tells the headline's news again with words of another mode (articles written for these tests).</summary>
public sealed class HeadlineRetoldByLeadTests
{
    [Fact]
    public void AHeadlineRaidToldByTheLeadAsACrossing_IsOneAttack()
    {
        var events = EventCodingTests.Code("Ukrainian Raid Hits Russia's Belgorod Region\n\n" +
            "Ukrainian troops crossed into Russia's Belgorod region on Friday, Russian officials said.");
        var attack = Assert.Single(events, e => e.Category.Type == "ASSAULT");
        Assert.Contains(attack.Actors, a => a.Code == "UKR");
    }

    [Fact]
    public void TheSameKindOfActInALaterParagraph_StaysAnotherEvent()
    {
        var events = EventCodingTests.Code("Ukrainian Raid Hits Russia's Belgorod Region\n\n" +
            "Ukrainian troops crossed into Russia's Belgorod region on Friday, Russian officials said.\n\n" +
            "In March, Ukrainian drones struck an oil refinery in Ryazan.");
        Assert.Equal(2, events.Count(e => e.Category.Type == "ASSAULT"));
    }
}
