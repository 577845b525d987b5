namespace Parley.Tests.Events;

/// <summary>
/// Acts that did not happen are known only by their words (sentences written for these tests): two promises, or two acts
/// not done, each told by its own cue in a sentence of the body, are two events; a headline's promise the lead retells is one.
/// </summary>
public sealed class UnrealActsMergeTests
{
    [Theory]
    [InlineData("Norway signed a health agreement with Kenya on Tuesday. Under the agreement, Norway will lease two hospital ships "
        + "to Kenya for ten years. It will pay $40 million a year to train nurses, the minister said.", "AGREE", 2)]
    [InlineData("Kenya did not sign the health accord in March, officials said. Kenya has not ratified the older water treaty either.", "SUPPORT", 2)]
    [InlineData("Norway to lease hospital ships to Kenya\n\nNorway will lease two hospital ships to Kenya for ten years, the minister said on Tuesday.", "AGREE", 1)]
    public void UnrealActs_AreToldApartByTheirOwnWords(string text, string type, int events) =>
        Assert.Equal(events, EventCodingTests.Code(text).Count(e => e.PloverCategory.Type == type));
}
