namespace Parley.Tests.Events;

/// <summary>Disapproval told as regret, and blame told as responsibility for violence (sentences written for these tests).</summary>
public sealed class RegretAndBlameCueTests
{
    [Theory]
    [InlineData("The Norwegian foreign minister said he regretted the decision to close the consulate.", "disapprove")]
    [InlineData("Chisinau said Tiraspol was responsible for the bombing of the radio tower.", "allege")]
    public void TheWordsAreAnAccusation(string text, string mode) =>
        Assert.Contains(EventCodingTests.Code(text), e => e.Category is { Type: "ACCUSE" } c && c.Mode == mode);

    [Fact]
    public void AnOfficeResponsibleForATask_AccusesNoOne() =>
        Assert.DoesNotContain(EventCodingTests.Code("The ministry is responsible for the reconstruction of the bridge."), e => e.Category.Type == "ACCUSE");
}
