namespace Parley.Tests.Events;

/// <summary>The dead counted in a relative clause of an attack, or "reported killed", are that attack's toll (sentences written for these tests).</summary>
public sealed class TollOfToldAttackTests
{
    [Fact]
    public void KilledInTheRelativeClauseOfARaid_IsTheRaidsToll()
    {
        var events = EventCodingTests.Code("Commandos freed two aid workers in northern Mali on Sunday in a raid that local officials said killed 14 fighters.");
        Assert.Single(events, e => e.Category.Type == "ASSAULT");
    }

    [Fact]
    public void PeopleReportedKilledAfterABlast_AreTheBlastsToll()
    {
        var events = EventCodingTests.Code("A car bomb exploded near a market in Mogadishu on Friday, and at least 20 people were reported killed.");
        Assert.Single(events, e => e.Category.Type == "ASSAULT");
    }

    [Fact]
    public void AKillingWithNoAttackToldBefore_StaysAnEvent()
    {
        var events = EventCodingTests.Code("Two journalists were reported killed in Khan Younis on Monday.");
        Assert.Single(events, e => e.Category.Type == "ASSAULT");
    }
}
