using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// What a speaker says another party must or should do is a demand of that party, and so is what protesters "are demanding"
/// (sentences written for these tests).
/// </summary>
public sealed class DemandByObligationTests
{
    private static PloverEvent Demand(string text) => Assert.Single(EventCodingTests.Code(text), e => e.Category.Type == "REQUEST");

    [Fact]
    public void ToldAPartyThatItMustCloseABase_AsksItToYield()
    {
        var demand = Demand("Niger's president told Washington in March that it must close its drone base.");
        Assert.Equal(("yield", "NER", "USA"), (demand.Category.Mode, Assert.Single(demand.Actors).Code, Assert.Single(demand.Recipients).Code));
    }

    [Fact]
    public void RepliedThatAPartyShouldRemoveWeapons_AsksItToYield() =>
        Assert.Equal("yield", Demand("Moscow replied on Monday that Tokyo should remove the missiles without delay.").Category.Mode);

    [Fact]
    public void SaidAPactShouldNotTargetNeighbours_AsksForAChange()
    {
        var demand = Demand("India said the new alliance should not target any neighbour.");
        Assert.Equal(("change", EventModality.Asserted), (demand.Category.Mode, demand.Modality));
    }

    [Fact]
    public void WhatMustBeSo_IsNoDemand() =>
        Assert.DoesNotContain(EventCodingTests.Code("Officials said the bridge must be repaired before winter."), e => e.Category.Type == "REQUEST");

    [Fact]
    public void ADemandSaidAfterAnAccusation_IsNoClaimOfIt() =>
        Assert.Equal(EventModality.Asserted, Demand("Beijing accused the pair of stirring up tension and said their drills must not threaten third countries.").Modality);

    [Fact]
    public void FarmersAreDemanding_AsksForAChange() =>
        Assert.Equal("change", Demand("French farmers are demanding cheaper fuel and fewer rules.").Category.Mode);
}
