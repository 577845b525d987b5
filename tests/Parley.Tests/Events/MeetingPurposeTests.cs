namespace Parley.Tests.Events;

/// <summary>What a meeting is said to be for is its topic, not an act told as done (sentences written for these tests).</summary>
public sealed class MeetingPurposeTests
{
    [Theory]
    [InlineData("Armenian and Azerbaijani envoys held talks in Almaty aimed at normalising relations.", "SUPPORT")]
    [InlineData("The two sides held talks in Doha meant to end the siege of the city.", "CONCEDE")]
    public void TheMeetingsPurpose_TellsNoEventOfItsOwn(string text, string type)
    {
        var events = EventCodingTests.Code(text);
        Assert.Contains(events, e => e.Category.Type == "CONSULT");
        Assert.DoesNotContain(events, e => e.Category.Type == type || e.PloverCategory.Type == type);
    }
}
