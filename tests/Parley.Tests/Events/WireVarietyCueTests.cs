namespace Parley.Tests.Events;

/// <summary>Cues and look-alikes found on new wire text: refusals to negotiate, name-calling as a threat, airspace opened,
/// and disasters, barricades and "stopped short of admitting" that name no act (sentences written for these tests).</summary>
public sealed class WireVarietyCueTests
{
    [Theory]
    [InlineData("Belgrade said it would not negotiate the status of the monasteries with Pristina.", "REJECT")]
    [InlineData("Manila called the Chinese maneuvers a threat to regional peace.", "ACCUSE")]
    [InlineData("Jordan opened its airspace to relief flights bound for Syria on Tuesday.", "RETREAT")]
    public void ThePlainCue_IsCoded(string sentence, string type) =>
        Assert.Contains(EventCodingTests.Code(sentence), e => e.Category.Type == type);

    [Theory]
    [InlineData("The powerful earthquake near the coast flattened hundreds of homes on Friday.")]
    [InlineData("Rescuers could not reach mountain villages cut off by landslides.")]
    [InlineData("The gunmen barricaded themselves inside a farmhouse near the border.")]
    [InlineData("The minister stopped short of admitting blame for the collapse of the bridge.")]
    public void TheLookAlike_TellsNoEvent(string sentence) =>
        Assert.Empty(EventCodingTests.Code(sentence));
}
