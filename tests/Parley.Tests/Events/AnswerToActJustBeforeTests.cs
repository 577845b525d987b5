namespace Parley.Tests.Events;

/// <summary>
/// A threat or refusal that names no one it is aimed at answers the act told just before it, when the answering side
/// took part in that act (sentences written for these tests).
/// </summary>
public sealed class AnswerToActJustBeforeTests
{
    [Fact]
    public void ThreatOfTheSideStruck_IsAimedAtTheStriker()
    {
        var events = EventCodingTests.Code("Colombian troops raided a rebel camp in Venezuela on Monday. Caracas vowed to retaliate.");
        var threat = Assert.Single(events, e => e.Category.Type == "THREATEN");
        Assert.Equal(["COL"], threat.Recipients.Select(r => r.Code));
    }

    [Fact]
    public void ThreatOfTheSideThatActed_IsAimedAtWhomItActedOn()
    {
        var events = EventCodingTests.Code("Beijing summoned Tokyo's ambassador on Friday and warned that it would respond.");
        var threat = Assert.Single(events, e => e.Category.Type == "THREATEN");
        Assert.Equal(["JPN"], threat.Recipients.Select(r => r.Code));
    }

    [Fact]
    public void RefusalAfterAnActOfOthers_TakesNoRecipientFromIt()
    {
        var events = EventCodingTests.Code("Lithuania lifted its border restrictions on Tuesday. Belarus refused to reopen the crossings.");
        var refusal = Assert.Single(events, e => e.Category.Type == "REJECT");
        Assert.Empty(refusal.Recipients);
    }
}
