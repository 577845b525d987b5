namespace Parley.Tests.Events;

/// <summary>
/// A relative clause right after a name inside a phrase ("according to X, which …") has that name as its subject
/// (sentences written for these tests).
/// </summary>
public sealed class RelativeClauseInPhraseTests
{
    [Theory]
    [InlineData("Four people died, according to Amnesty International, which accused the authorities of failing to protect them.", "ACCUSE", "AMNESTY")]
    [InlineData("The ministers met with Sudan's army chief, who later rejected the plan.", "REJECT", "SDN")]
    public void TheNameBeforeWhichOrWho_IsTheSubject(string text, string type, string actor)
    {
        var e = Assert.Single(EventCodingTests.Code(text), x => x.Category.Type == type);
        Assert.Equal([actor], e.Actors.Select(a => a.Code).Distinct());
    }
}
