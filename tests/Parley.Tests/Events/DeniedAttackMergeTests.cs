namespace Parley.Tests.Events;

/// <summary>
/// An attack its doer later denies in words of its own is one event with its denial, keeping the modality of the report
/// (an article written for these tests).
/// </summary>
public sealed class DeniedAttackMergeTests
{
    [Fact]
    public void AJuntaDenyingTargetingCivilians_IsTheBombingToldBefore()
    {
        var events = EventCodingTests.Code("Myanmar jets bomb village in Sagaing\n\n" +
            "Myanmar military jets bombed a village in Sagaing region on Monday, killing at least 30 people, local resistance groups said.\n\n" +
            "The junta denied targeting civilians and said it had hit rebel camps.");
        var attack = Assert.Single(events, e => e.Category.Type == "ASSAULT");
        Assert.Equal(Parley.Events.EventModality.Asserted, attack.Modality);
    }

    [Fact]
    public void AnAttackAPartyIsToldNotToCarryOut_IsNoDenial() =>
        Assert.Equal(2, EventCodingTests.Code("Israeli jets struck targets in Beirut on Monday, killing four people.\n\n" +
            "President Trump rebuked both governments and told Israel not to carry out further strikes.").Count(e => e.Category.Type == "ASSAULT"));

    [Fact]
    public void ATreatyNotRatified_IsNotTheSigningToldBefore()
    {
        var events = EventCodingTests.Code("Chile and Peru signed a border treaty in Lima on Monday.\n\n" +
            "Chile and Peru have not ratified the treaty yet.");
        Assert.Contains(events, e => e.Category.Type == "SUPPORT" && e.Modality == Parley.Events.EventModality.Negated);
    }
}
