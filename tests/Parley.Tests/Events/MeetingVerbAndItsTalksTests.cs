namespace Parley.Tests.Events;

/// <summary>
/// "met X in Ankara for talks": the meeting verb and its talks are one meeting, though the venue made the verb a visit
/// (sentences written for these tests).
/// </summary>
public sealed class MeetingVerbAndItsTalksTests
{
    [Fact]
    public void MetSomeoneAtAVenueForTalks_IsOneMeeting() =>
        Assert.Single(EventCodingTests.Code("U.S. envoy Mark Lane met Turkish President Recep Tayyip Erdogan in Ankara on Monday "
            + "for talks that lasted three hours, officials said."), e => e.Category.Type == "CONSULT");
}
