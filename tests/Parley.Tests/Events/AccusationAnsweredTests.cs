using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// What the accused side says in a clause of its own is its assertion, no part of the accusation (sentences written for these tests).
/// </summary>
public sealed class AccusationAnsweredTests
{
    [Theory]
    [InlineData("The RSF accused the army of bombing villages near Nyala, while the army said it had repelled an RSF attack on its base.", "attack", EventModality.Asserted)]
    [InlineData("Kyiv accused Moscow of shelling the plant, but the Russian ministry said it had repelled a Ukrainian raid.", "raid", EventModality.Asserted)]
    // Within the accusation, the act stays what is alleged.
    [InlineData("Kyiv accused Moscow of shelling the plant and bombing a hospital.", "shelling", EventModality.Hypothetical)]
    public void ClauseOfItsOwn_EndsTheAccusation(string text, string trigger, EventModality modality)
    {
        var e = Assert.Single(EventCodingTests.Code(text), e => text[e.Trigger.Start..e.Trigger.End] == trigger);
        Assert.Equal(modality, e.Modality);
    }
}
