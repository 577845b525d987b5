namespace Parley.Tests.Events;

/// <summary>
/// A condemnation of an act named only by a noun that can name any act ("the announcement", "the incursion") is aimed
/// at whoever did the latest act told before it (sentences written for these tests).
/// </summary>
public sealed class ReactionToNamedActTests
{
    [Fact]
    public void CondemnedAnnouncement_IsAimedAtWhoeverActedBefore()
    {
        var events = EventCodingTests.Code("Russia said on Friday it would station missiles in Belarus. NATO called the announcement reckless.");
        var condemnation = Assert.Single(events, e => e.Category.Type == "ACCUSE");
        Assert.Equal(["RUS"], condemnation.Recipients.Select(r => r.Code));
    }

    [Fact]
    public void CondemnedIncursion_IsAimedAtTheIntruder()
    {
        var events = EventCodingTests.Code("Venezuelan troops crossed into Guyana on Monday. Brazil condemned the incursion.");
        var condemnation = Assert.Single(events, e => e.Category.Type == "ACCUSE");
        Assert.Equal(["VEN"], condemnation.Recipients.Select(r => r.Code));
    }
}
