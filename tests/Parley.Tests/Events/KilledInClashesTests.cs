namespace Parley.Tests.Events;

/// <summary>The dead of clashes told in the passive before them: the clashes are the event, the killing their toll
/// (sentences written for these tests).</summary>
public sealed class KilledInClashesTests
{
    [Theory]
    [InlineData("Five people were killed in clashes between farmers and herders near Jos on Sunday.")]
    [InlineData("Three villagers were wounded in clashes with gunmen near the border, officials said.")]
    public void TheClashes_AreTheEvent(string sentence)
    {
        var assault = Assert.Single(EventCodingTests.Code(sentence), e => e.Category.Type == "ASSAULT");
        Assert.StartsWith("clashes", sentence[assault.Trigger.Start..assault.Trigger.End], StringComparison.Ordinal);
    }
}
