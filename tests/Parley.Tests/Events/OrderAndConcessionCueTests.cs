namespace Parley.Tests.Events;

/// <summary>Cues whose type rests on the words after them: what is ordered, agreed to, given or granted (sentences written for these tests).</summary>
public sealed class OrderAndConcessionCueTests
{
    [Theory]
    [InlineData("The junta in Niamey ordered the German soldiers out of the country.", "REQUEST")]
    [InlineData("A Paris court ordered the arrest of the Syrian general.", "THREATEN")]
    [InlineData("Skopje demands that Sofia drop its veto.", "REQUEST")]
    [InlineData("The rebels agreed to dissolve their armed wing.", "CONCEDE")]
    [InlineData("Pristina said it was ready to hold talks without conditions.", "AGREE")]
    [InlineData("The European Council granted Georgia candidate status in December.", "SUPPORT")]
    [InlineData("Oslo gave Kyiv two more air-defence systems.", "AID")]
    public void TheWordsAfterTheVerbTellItsType(string text, string type) =>
        Assert.Contains(EventCodingTests.Code(text), e => e.Category.Type == type);

    [Fact]
    public void TroopsOrderedOut_AreNoMobilisation() =>
        Assert.DoesNotContain(EventCodingTests.Code("The junta in Niamey ordered the German soldiers out of the country."), e => e.Category.Type == "MOBILIZE");
}
