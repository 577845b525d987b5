namespace Parley.Tests.Events;

/// <summary>
/// The merge does not hand an act the day its own sentence names when the sentence's rules refused it that day, as
/// the day of another clause's act (sentences written for these tests).
/// </summary>
public sealed class RefusedSentenceDayMergeTests
{
    [Fact]
    public void AConsequenceClauseReportedAsFact_StaysUndated()
    {
        var events = EventCodingTests.Code("Norway recognised a Palestinian state on Tuesday, prompting Israel to recall its ambassador from Oslo.", "2024-05-29");
        Assert.Equal("2024-05-28", Assert.Single(events, e => e.Category.Type == "SUPPORT").Date?.Time?.Value);
        Assert.Null(Assert.Single(events, e => e.Category.Type == "SANCTION").Date);
    }

    [Fact]
    public void AnUndatedSentence_IsNotDatedByTheSentenceBefore()
    {
        var events = EventCodingTests.Code("Russian drones struck Odesa on Tuesday. The attack damaged the port, prompting Kyiv to summon the ambassador.", "2025-05-08");
        Assert.Equal("2025-05-06", Assert.Single(events, e => e.Category.Type == "ASSAULT").Date?.Time?.Value);
        Assert.All(events.Where(e => e.Category.Type != "ASSAULT"), e => Assert.Null(e.Date));
    }

    [Fact]
    public void ADatelineDay_StillDatesTheActsOfItsSentence()
    {
        var events = EventCodingTests.Code("GOMA, Jan. 28 (Parley Wire) \u2014 Rebels seized the airport, as crowds in the capital attacked several embassies.", "2025-01-28");
        Assert.True(events.Length > 1);
        Assert.All(events, e => Assert.Equal("2025-01-28", e.Date?.Time?.Value));
    }
}
