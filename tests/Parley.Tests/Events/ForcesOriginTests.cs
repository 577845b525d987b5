namespace Parley.Tests.Events;

/// <summary>
/// Forces raised or moved "from" a place come from it: that place is not whom they are mobilised against, as the place
/// they are sent "to" is (sentences written for these tests).
/// </summary>
public sealed class ForcesOriginTests
{
    [Theory]
    [InlineData("Moscow is recruiting volunteers from Cuba and Syria with offers of good pay.", "CUB")]
    [InlineData("Moscow is recruiting volunteers from Cuba and Syria with offers of good pay.", "SYR")]
    [InlineData("Analysts said Kyiv may be trying to force Belgrade to move soldiers from northern Kosovo.", "XKX")]
    public void APlaceForcesComeFrom_IsNoRecipient(string text, string origin)
    {
        var events = EventCodingTests.Code(text);
        Assert.Contains(events, e => e.Category.Type == "MOBILIZE");
        Assert.DoesNotContain(events, e => e.Category.Type == "MOBILIZE" && e.Recipients.Exists(r => r.Code == origin));
    }

    [Fact]
    public void APlaceForcesAreSentTo_IsTheRecipient()
    {
        var events = EventCodingTests.Code("Minsk has sent troops to Russia's Bryansk region, officials said.");
        Assert.Contains(events, e => e.Category.Type == "MOBILIZE" && e.Recipients.Exists(r => r.Code == "RUS"));
    }
}
