namespace Parley.Tests.Events;

/// <summary>
/// "over Sunday's attack": an act owned by a day names the act told before, not one done by the subject of the clause
/// around it (an article written for these tests).
/// </summary>
public sealed class DayOwnedActTests
{
    [Fact]
    public void AnAttackOwnedByItsDay_IsTheRaidOfTheHeadline()
    {
        var events = EventCodingTests.Code("Gambia holds nine soldiers after gunmen raid Banjul depot\n\n" +
            "BANJUL — Gambian authorities have arrested nine soldiers and two civilians over Saturday's attack on the main fuel depot in the capital, in which six people were killed, the interior minister said on Sunday.");
        Assert.Single(events, e => e.Category.Type == "ASSAULT");
    }
}
