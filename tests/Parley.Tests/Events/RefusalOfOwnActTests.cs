namespace Parley.Tests.Events;

/// <summary>
/// A refusal that names no one answers only what was asked of or done to the refusing side, never an act of its own
/// told just before it (sentences written for these tests).
/// </summary>
public sealed class RefusalOfOwnActTests
{
    [Theory]
    [InlineData("Serbia's president said he would invite Lukashenko to Belgrade and ignore the warrant.", "BLR")]
    [InlineData("Analysts say Turkish strikes on targets inside Syria could follow, a step Erdogan has not ruled out.", "SYR")]
    public void ARefusalAfterTheSidesOwnAct_IsNotAimedAtWhomThatActWasDoneTo(string text, string notAnswered)
    {
        var events = EventCodingTests.Code(text);
        Assert.Contains(events, e => e.Category.Type == "REJECT");
        Assert.DoesNotContain(events, e => e.Category.Type == "REJECT" && e.Recipients.Exists(r => r.Code == notAnswered));
    }

    [Fact]
    public void ARefusalOfWhatWasAskedOfTheSide_AnswersWhoAsked()
    {
        var events = EventCodingTests.Code("Beijing demanded that Manila apologise for the remarks. The Philippine president refused to withdraw his remarks.");
        Assert.Contains(events, e => e.Category.Type == "REJECT" && e.Recipients.Exists(r => r.Code == "CHN"));
    }
}
