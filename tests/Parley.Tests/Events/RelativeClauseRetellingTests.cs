namespace Parley.Tests.Events;

/// <summary>A relative clause on a noun event's party that tells the same act again ("the killing of X, who was shot
/// dead") gives one event (sentences written for these tests).</summary>
public sealed class RelativeClauseRetellingTests
{
    [Fact]
    public void TheKillingOfAJournalistWhoWasShotDead_IsOneAttack() =>
        Assert.Single(EventCodingTests.Code("The killing of the journalist, who was shot dead outside his home in Lagos, drew wide condemnation."),
            e => e.Category.Type == "ASSAULT");

    [Fact]
    public void ARelativeClauseOfAnotherKind_StaysItsOwnEvent()
    {
        var events = EventCodingTests.Code("The arrest of the activist, who was later beaten in custody, drew wide condemnation.");
        Assert.Contains(events, e => e.Category.Type == "COERCE");
        Assert.Contains(events, e => e.Category.Type == "ASSAULT");
    }
}
