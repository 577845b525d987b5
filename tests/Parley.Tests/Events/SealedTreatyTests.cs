namespace Parley.Tests.Events;

/// <summary>
/// Concluding or sealing a treaty, pact or accord is signing it, PLOVER SUPPORT (CAMEO 057); concluding talks or sealing a
/// deal agrees (sentences written for these tests).
/// </summary>
public sealed class SealedTreatyTests
{
    [Theory]
    [InlineData("Chile and Peru sealed a border pact on Tuesday.")]
    [InlineData("In 2019 Chile and Peru concluded a fisheries agreement.")]
    public void ATreatySealedOrConcluded_IsSigned(string text)
    {
        var events = EventCodingTests.Code(text);
        Assert.Contains(events, e => e.Category.Type == "SUPPORT");
        Assert.DoesNotContain(events, e => e.Category.Type == "AGREE");
    }

    [Theory]
    [InlineData("Chile and Peru sealed a deal on fishing rights on Tuesday.")]
    [InlineData("Chile and Peru concluded negotiations on a fisheries agreement on Tuesday.")]
    public void ADealSealedOrTalksConcluded_Agree(string text) =>
        Assert.Contains(EventCodingTests.Code(text), e => e.Category.Type == "AGREE");
}
