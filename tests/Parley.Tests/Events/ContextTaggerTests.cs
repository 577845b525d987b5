namespace Parley.Tests.Events;

public sealed class ContextTaggerTests
{
    private static Parley.Events.PloverEvent Only(string text, string type) =>
        Assert.Single(EventCodingTests.Code(text), e => e.PloverCategory.Type == type);

    [Fact]
    public void AnEventTakesTheContextsOfItsTypeAndMode()
    {
        Assert.Contains("diplomatic", Only("The Finnish president arrived in Kyiv on Monday.", "CONSULT").Contexts);
        Assert.Contains("executive", Only("The Prime Minister of Nepal resigned on Tuesday.", "RETREAT").Contexts);
        Assert.Contains("repression", Only("Police fired tear gas at students in Dhaka on Sunday.", "ASSAULT").Contexts);
    }

    [Fact]
    public void TheWordsOfItsSentence_AddContexts()
    {
        Assert.Contains("economic", Only("Beijing imposed export controls on rare earths against Washington on Friday.", "SANCTION").Contexts);
        Assert.Contains("military", Only("Moscow accused Kyiv of shelling a border village on Friday.", "ACCUSE").Contexts);
        Assert.Contains("diplomatic", Only("Hungary criticised the treaty on Friday.", "ACCUSE").Contexts);
        Assert.DoesNotContain("economic", Only("The Finnish president arrived in Kyiv on Monday.", "CONSULT").Contexts);
    }
}
