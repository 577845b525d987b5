namespace Parley.Tests.Events;

/// <summary>
/// "Tokyo in turn protested to China": the noun of a response phrase before a cue ("in turn", "in response") is no noun
/// a participle before "to" describes; the protest stands (sentences written for these tests).
/// </summary>
public sealed class ProtestAfterResponsePhraseTests
{
    [Theory]
    [InlineData("Manila in turn protested to Beijing.")]
    [InlineData("Manila in response protested to Beijing.")]
    public void AProtestAfterAResponsePhrase_IsKept(string reply)
    {
        var events = EventCodingTests.Code("Chinese coast guard ships blocked a Philippine supply boat on Sunday. " + reply, "2025-06-01");
        var e = Assert.Single(events, e => e.Category.Type == "ACCUSE");
        Assert.Equal("PHL", Assert.Single(e.Actors).Code);
        Assert.Equal("CHN", Assert.Single(e.Recipients).Code);
    }
}
