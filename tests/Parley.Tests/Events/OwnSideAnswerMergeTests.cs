namespace Parley.Tests.Events;

/// <summary>
/// An act done to the doers of an act told before, by others of their own country, answers it and is not told by it
/// (an article written for these tests): rebels and their country's forces are two sides.
/// </summary>
public sealed class OwnSideAnswerMergeTests
{
    [Fact]
    public void SoldiersShootingTheGunmen_AreNotTheGunmensAttack() =>
        Assert.Equal(2, EventCodingTests.Code("Gunmen attack army base in northern Mali\n\n" +
            "Gunmen attacked an army base near Gao in northern Mali on Friday, killing three soldiers, officials said.\n\n" +
            "Malian soldiers later shot dead two of the gunmen.").Count(e => e.Category.Type == "ASSAULT"));

    [Fact]
    public void TheAttackToldAgain_StaysOneEvent() =>
        Assert.Single(EventCodingTests.Code("Gunmen attacked an army base near Gao in northern Mali on Friday, killing three soldiers.\n\n" +
            "The gunmen attacked the base at dawn, a local official said."), e => e.Category.Type == "ASSAULT");
}
