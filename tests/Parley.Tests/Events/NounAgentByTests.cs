namespace Parley.Tests.Events;

/// <summary>A "by" phrase right after a noun cue names its doer (sentences written for these tests).</summary>
public sealed class NounAgentByTests
{
    [Theory]
    [InlineData("A visit by Marco Rubio to Kyiv was postponed.", "USA", "UKR")]
    [InlineData("The talks followed a visit by the Chinese foreign minister to Moscow.", "CHN", "RUS")]
    public void TheVisitor_IsTheByPhrase_AndTheHostThePlace(string text, string visitor, string host)
    {
        var visit = Assert.Single(EventCodingTests.Code(text), e => e.Category is { Type: "CONSULT", Mode: "visit" });
        Assert.Equal([visitor], visit.Actors.Select(a => a.Code).Distinct());
        Assert.Equal([host], visit.Recipients.Select(a => a.Code).Distinct());
    }

    [Fact]
    public void AVerbCueReadAsANoun_TakesItsByPhraseToo()
    {
        var attack = EventCodingTests.Code("An attack by Russia on Kharkiv killed three people.").First(e => e.Category.Type == "ASSAULT");
        Assert.Equal(["RUS"], attack.Actors.Select(a => a.Code).Distinct());
        Assert.Equal(["UKR"], attack.Recipients.Select(a => a.Code).Distinct());
    }
}
