namespace Parley.Tests.Events;

/// <summary>
/// Acts that did not happen are known only by their words (sentences written for these tests): two promises, or two acts
/// not done, each told by its own cue in a sentence of the body, are two events; a headline's promise the lead retells is one.
/// </summary>
public sealed class UnrealActsMergeTests
{
    [Fact]
    public void TwoPromisesToldInTwoSentences_AreTwoEvents() =>
        Assert.Equal(2, EventCodingTests.Code("Norway signed a health agreement with Kenya on Tuesday. "
            + "Under the agreement, Norway will lease two hospital ships to Kenya for ten years. "
            + "It will pay $40 million a year to train nurses, the minister said.").Count(e => e.PloverCategory.Type == "AGREE"));

    [Fact]
    public void TwoActsNotDoneToldInTwoSentences_AreTwoEvents() =>
        Assert.Equal(2, EventCodingTests.Code("Kenya did not sign the health accord in March, officials said. "
            + "Kenya has not ratified the older water treaty either.").Count(e => e.PloverCategory.Type == "SUPPORT"));

    [Fact]
    public void AHeadlinePromiseRetoldByTheLead_StaysOneEvent() =>
        Assert.Single(EventCodingTests.Code("Norway to lease hospital ships to Kenya\n\n"
            + "Norway will lease two hospital ships to Kenya for ten years, the minister said on Tuesday."), e => e.PloverCategory.Type == "AGREE");
}
