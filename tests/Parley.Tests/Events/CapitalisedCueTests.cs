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

    [Theory]
    [InlineData("Amnesty International said the trials were unfair.")]
    [InlineData("The World Food Programme warned that aid stocks in Gaza would run out within days.")]
    public void ACueWordInsideANamedActor_IsPartOfTheName(string text) =>
        Assert.DoesNotContain(EventCodingTests.Code(text), e => e.Category.Type is "CONCEDE" or "THREATEN");

    [Fact]
    public void ASentenceOpeningActorThatIsNoName_KeepsItsCue() =>
        Assert.Contains(EventCodingTests.Code("Protesters gathered outside parliament in Tbilisi on Sunday."), e => e.Category.Type == "PROTEST");

    [Fact]
    public void ANounCueWithACapital_NamesTheEvent() =>
        Assert.Contains(EventCodingTests.Code("Envoys will meet for the Geneva Talks with Iran next week."), e => e.Category.Type == "CONSULT");
}
