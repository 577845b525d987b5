namespace Parley.Tests.Events;

/// <summary>Words that tell verbal events of support and demand (sentences written for these tests).</summary>
public sealed class SpeechCueTests
{
    [Fact]
    public void VoicingSolidarity_IsSupport() =>
        Assert.Contains(EventCodingTests.Code("Estonia's prime minister voiced solidarity with Moldova on Tuesday."),
            e => e.Category.Type == "SUPPORT");

    [Fact]
    public void AnInsistence_IsADemand() =>
        Assert.Contains(EventCodingTests.Code("Talks stalled over Serbia's insistence that Kosovo dissolve its special police unit."),
            e => e.Category.Type == "REQUEST");
}
