using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// A noun event that is the subject of a warning's "that" clause is an event of its own beside the threat, hypothetical
/// by its modal; one in the clause's object stays the threat's theme (sentences written for these tests).
/// </summary>
public sealed class WarnedThatClauseSubjectTests
{
    [Fact]
    public void FightingForeseenAfterADay_IsAHypotheticalAttackBesideTheThreat()
    {
        var events = EventCodingTests.Code("Militia leaders warned on Tuesday that the fighting could spread to the capital.");
        Assert.Contains(events, e => e.Category.Type == "THREATEN");
        Assert.Contains(events, e => e.Category.Type == "ASSAULT" && e.Modality == EventModality.Hypothetical);
    }

    [Fact]
    public void SanctionsInTheClauseObject_StayTheThreatsTheme() =>
        Assert.DoesNotContain(EventCodingTests.Code("Paris warned that Caracas could face new sanctions if it stalled."),
            e => e.Category.Type == "SANCTION");

    [Fact]
    public void VictimOfTheActTheClauseFears_IsNotWhomTheWarningIsFor() =>
        Assert.Contains(EventCodingTests.Code("Spanish Prime Minister Pedro Sanchez warned that any attack on Spanish nationals would meet a firm response."),
            e => e.Category.Type == "THREATEN" && e.Recipients.Count == 0);

    [Fact]
    public void TargetOfTheWarnedSidesOwnAct_StaysTheRecipient() =>
        Assert.Contains(EventCodingTests.Code("Moscow warned that Russia would retaliate against Poland."),
            e => e.Category.Type == "THREATEN" && e.Recipients.Exists(r => r.Code == "POL"));
}
