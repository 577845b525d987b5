using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>"after three days of talks": talks told with how long they lasted are the meeting an agreement came out
/// of, told for the first time and outside the main clause's future (sentences written for these tests).</summary>
public sealed class TalksMeasuredByDurationTests
{
    [Theory]
    [InlineData("The two factions agreed to a truce on Sunday after three days of talks in Cairo.")]
    [InlineData("The rivals will sign the accord after weeks of negotiations in Oslo.")]
    public void TheTalks_AreAnAssertedMeeting(string sentence) =>
        Assert.Equal(EventModality.Asserted, Assert.Single(EventCodingTests.Code(sentence), e => e.Category.Type == "CONSULT").Modality);
}
