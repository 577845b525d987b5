namespace Parley.Tests.Events;

/// <summary>
/// Talks a third party is told to broker in their sentence are a meeting through that party (PLOVER CONSULT, third-party),
/// and the brokering stays an event of its own (sentences written for these tests).
/// </summary>
public sealed class BrokeredMeetingModeTests
{
    [Fact]
    public void TalksBrokeredByOthers_AreThirdPartyTalks()
    {
        var events = EventCodingTests.Code("Sudan's army and the Rapid Support Forces resumed talks in Jeddah on Saturday. "
            + "The talks between the two sides were brokered by Saudi Arabia and the United States.");
        Assert.Equal(2, events.Count(e => e.Category.Type == "CONSULT"));
        Assert.All(events.Where(e => e.Category.Type == "CONSULT"), e => Assert.Equal("third-party", e.Category.Mode));
    }

    [Fact]
    public void TalksWithNoBroker_KeepNoMode() =>
        Assert.Null(Assert.Single(EventCodingTests.Code("Sudan's army and the Rapid Support Forces resumed talks in Jeddah on Saturday."),
            e => e.Category.Type == "CONSULT").Category.Mode);
}
