namespace Parley.Tests.Events;

/// <summary>
/// A cue whose own first word is the be-form of a passive ("was impeached", "were allowed to leave for") befalls its
/// subject, as a passive with the be-form before the cue does; a perfect ("has impeached") stays active
/// (sentences written for these tests).
/// </summary>
public sealed class PassiveWithinCueTests
{
    [Fact]
    public void PassiveWithoutAgent_MakesTheSubjectTheRecipient()
    {
        var impeachment = Assert.Single(EventCodingTests.Code("President Rajoelina was impeached on Tuesday."), e => e.Category.Type == "SANCTION");
        Assert.Empty(impeachment.Actors);
        Assert.Equal(["MDG"], impeachment.Recipients.Select(a => a.Code).Distinct());
    }

    [Fact]
    public void PassiveWithAgent_MakesTheByPhraseTheActor()
    {
        var impeachment = Assert.Single(EventCodingTests.Code("President Rajoelina was impeached by Russia on Tuesday."), e => e.Category.Type == "SANCTION");
        Assert.Equal(["RUS"], impeachment.Actors.Select(a => a.Code).Distinct());
        Assert.Equal(["MDG"], impeachment.Recipients.Select(a => a.Code).Distinct());
    }

    [Fact]
    public void PerfectOfTheSameVerb_StaysActive()
    {
        var impeachment = Assert.Single(EventCodingTests.Code("Russia has impeached President Rajoelina."), e => e.Category.Type == "SANCTION");
        Assert.Equal(["RUS"], impeachment.Actors.Select(a => a.Code).Distinct());
        Assert.Equal(["MDG"], impeachment.Recipients.Select(a => a.Code).Distinct());
    }
}
