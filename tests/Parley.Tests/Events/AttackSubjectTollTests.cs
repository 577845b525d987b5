namespace Parley.Tests.Events;

/// <summary>The dead an attack named as the subject "killed" are that attack's toll, not a second attack (sentences written for these tests).</summary>
public sealed class AttackSubjectTollTests
{
    [Fact]
    public void AnAttackOnACityThatKilledPeople_IsOneAssault()
    {
        var events = EventCodingTests.Code("A missile and drone attack on Odesa killed at least 11 people on Thursday, regional officials said.");
        Assert.Single(events, e => e.Category.Type == "ASSAULT");
    }

    [Fact]
    public void AnAirStrikeOnASchoolThatKilledPeople_IsOneAssault()
    {
        var events = EventCodingTests.Code("An air strike on a market in El Geneina killed 23 people, the local emergency room said.");
        Assert.Single(events, e => e.Category.Type == "ASSAULT");
    }

    [Fact]
    public void AKillingAfterAnAttackToldInAnotherClause_StaysItsOwnAct()
    {
        var events = EventCodingTests.Code("Rebels shelled the airport, and soldiers killed four gunmen near the border on Friday.");
        Assert.Equal(2, events.Count(e => e.Category.Type == "ASSAULT"));
    }
}
