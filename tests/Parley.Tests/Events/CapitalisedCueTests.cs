namespace Parley.Tests.Events;

/// <summary>A cue word written with a capital inside a sentence (sentences written for these tests).</summary>
public sealed class CapitalisedCueTests
{
    [Fact]
    public void AVerbCueInsideAName_TellsNoEvent() =>
        Assert.DoesNotContain(EventCodingTests.Code("France cleared Kyiv to use its Storm Shadow missiles against targets in Russia."),
            e => e.Category.Type == "PROTEST");

    [Fact]
    public void AVerbCueInATitleCaseHeadline_IsStillTheVerb() =>
        Assert.Contains(EventCodingTests.Code("Protesters Storm Parliament In Belgrade"), e => e.Category.Type == "PROTEST");

    [Fact]
    public void ANounCueWithACapital_NamesTheEvent() =>
        Assert.Contains(EventCodingTests.Code("Envoys will meet for the Geneva Talks with Iran next week."), e => e.Category.Type == "CONSULT");
}
