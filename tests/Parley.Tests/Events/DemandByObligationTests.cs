using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// What a speaker says another party must or should do is a demand of that party; what it says a party is doing is a
/// demand too (sentences written for these tests).
/// </summary>
public sealed class DemandByObligationTests
{
    [Fact]
    public void ToldAPartyThatItMustCloseABase_AsksItToYield()
    {
        var demand = Assert.Single(EventCodingTests.Code("Niger's president told Washington in March that it must close its drone base."), e => e.Category.Type == "REQUEST");
        Assert.Equal("yield", demand.Category.Mode);
        Assert.Equal(["NER"], demand.Actors.Select(a => a.Code));
        Assert.Equal(["USA"], demand.Recipients.Select(r => r.Code));
    }

    [Fact]
    public void RepliedThatAPartyShouldRemoveWeapons_AsksItToYield()
    {
        var demand = Assert.Single(EventCodingTests.Code("Moscow replied on Monday that Tokyo should remove the missiles without delay."), e => e.Category.Type == "REQUEST");
        Assert.Equal("yield", demand.Category.Mode);
    }

    [Fact]
    public void SaidAPactShouldNotTargetNeighbours_AsksForAChange()
    {
        var demand = Assert.Single(EventCodingTests.Code("India said the new alliance should not target any neighbour."), e => e.Category.Type == "REQUEST");
        Assert.Equal("change", demand.Category.Mode);
        Assert.Equal(EventModality.Asserted, demand.Modality);
    }

    [Fact]
    public void WhatMustBeSo_IsNoDemand()
    {
        Assert.DoesNotContain(EventCodingTests.Code("Officials said the bridge must be repaired before winter."), e => e.Category.Type == "REQUEST");
    }

    [Fact]
    public void ADemandSaidAfterAnAccusation_IsNoClaimOfIt()
    {
        var demand = Assert.Single(EventCodingTests.Code("Beijing accused the pair of stirring up tension and said their drills must not threaten third countries."),
            e => e.Category.Type == "REQUEST");
        Assert.Equal(EventModality.Asserted, demand.Modality);
    }

    [Fact]
    public void ProtestersAreDemanding_AsksForAChange()
    {
        Assert.Contains(EventCodingTests.Code("French farmers are demanding cheaper fuel and fewer rules."), e => e.Category.Type == "REQUEST");
    }
}
