namespace Parley.Tests.Events;

/// <summary>
/// Fighting told by a noun or an idiom rather than a verb of attack: a counterattack, an offensive, a war or conflict two
/// sides fought, killings or executions en masse (sentences written for these tests).
/// </summary>
public sealed class NominalFightingTests
{
    [Fact]
    public void ACounterattack_IsAnAssaultOnWhomItIsAimedAt()
    {
        var e = Assert.Single(EventCodingTests.Code("Iran's counterattack against Israel came within hours."), e => e.Category.Type == "ASSAULT");
        Assert.Equal("IRN", Assert.Single(e.Actors).Code);
        Assert.Equal("ISR", Assert.Single(e.Recipients).Code);
    }

    [Theory]
    [InlineData("Sudan's offensive in Darfur has displaced thousands, the agency said.")]
    [InlineData("Kyiv's counteroffensive in the south stalled in the autumn.")]
    public void AnOffensive_IsFoughtWithHeavyWeapons(string text) =>
        Assert.Contains(EventCodingTests.Code(text), e => e.Category is { Type: "ASSAULT", Mode: "heavy-weapons" });

    [Theory]
    [InlineData("Ethiopia and Eritrea fought a border war from 1998 to 2000.")]
    [InlineData("Peru fought a short conflict with Ecuador in 1995.")]
    public void AWarOrConflictFought_IsTheAssaultOfBothSides(string text)
    {
        var e = Assert.Single(EventCodingTests.Code(text), e => e.Category.Type == "ASSAULT");
        Assert.Equal(2, e.Actors.Count);
        Assert.Empty(e.Recipients);
    }

    [Fact]
    public void ArtilleryFireExchanged_IsFoughtWithHeavyWeapons() =>
        Assert.Contains(EventCodingTests.Code("Thai and Cambodian troops exchanged rocket fire along the frontier overnight."),
            e => e.Category is { Type: "ASSAULT", Mode: "heavy-weapons" } && e.Actors.Count == 2);

    [Fact]
    public void FightingACaseInCourt_IsNoWar() =>
        Assert.DoesNotContain(EventCodingTests.Code("The union fought a long legal battle with the ministry over pensions."), e => e.Category.Type == "ASSAULT");

    [Theory]
    [InlineData("Rights groups reported mass killings of villagers in the region.")]
    [InlineData("The general was tried over the mass execution of prisoners in 1982.")]
    public void KillingsEnMasse_AreATargetedAssault(string text) =>
        Assert.Contains(EventCodingTests.Code(text), e => e.Category is { Type: "ASSAULT", Mode: "targeted" });
}
