namespace Parley.Tests.Events;

/// <summary>
/// A condemnation of "the move" or "the decision" is aimed at whoever did the latest act told before it by another side
/// (sentences written for these tests).
/// </summary>
public sealed class CondemnedMoveTests
{
    [Theory]
    [InlineData("Hungary expelled two Ukrainian diplomats on Monday. Kyiv deeply regretted the move.", "HUN")]
    [InlineData("Niger suspended its military cooperation with France on Tuesday. The French foreign ministry condemned the decision.", "NER")]
    [InlineData("Algeria recalled its ambassador from Madrid. Spain's government criticised the step on Friday.", "DZA")]
    public void AMoveCondemned_IsAimedAtItsDoer(string text, string recipient)
    {
        var e = Assert.Single(EventCodingTests.Code(text), e => e.Category.Type == "ACCUSE");
        Assert.Equal(recipient, Assert.Single(e.Recipients).Code);
    }

    [Fact]
    public void AMoveOfTheCondemningSide_IsNoOnesElse()
    {
        var events = EventCodingTests.Code("Chile closed its border with Bolivia on Sunday. Chilean senators condemned the move.");
        var e = Assert.Single(events, e => e.Category.Type == "ACCUSE");
        Assert.DoesNotContain(e.Recipients, r => r.Code == "BOL");
    }
}
