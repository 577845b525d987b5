namespace Parley.Tests.Events;

/// <summary>
/// A passive that names no doer takes one from before only from an earlier act of its type (sentences written for these tests).
/// </summary>
public sealed class AgentlessPassiveCarryTests
{
    [Theory]
    [InlineData("Hungary and Slovakia declined to sign the declaration. Russia was not invited to the summit.", "AGREE")]
    [InlineData("Hungary and Slovakia blocked the sanctions package on Monday. Two Russian diplomats were expelled from Prague on Tuesday.", "SANCTION")]
    public void AnotherActTold_GivesItNoDoer(string text, string type)
    {
        var passive = Assert.Single(EventCodingTests.Code(text), e => e.Category.Type == type);
        Assert.Empty(passive.Actors);
        Assert.Equal(["RUS"], passive.Recipients.Select(a => a.Code).Distinct());
    }

    [Fact]
    public void AnActOfItsTypeTold_GivesItsDoer()
    {
        var shelling = EventCodingTests.Code("Russian forces shelled Kherson on Monday. The city's port was shelled again on Tuesday.")
            .Where(e => e.Category.Type == "ASSAULT").ToList();
        Assert.Equal(2, shelling.Count);
        Assert.Equal(["RUS"], shelling[1].Actors.Select(a => a.Code).Distinct());
    }
}
