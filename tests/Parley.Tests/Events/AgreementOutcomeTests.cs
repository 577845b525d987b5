using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// Agreements told only as the outcome of talks, reached or not, or as one still to come (sentences written for these tests).
/// </summary>
public sealed class AgreementOutcomeTests
{
    private static PloverEvent Agreement(string text) =>
        Assert.Single(EventCodingTests.Code(text), e => e.PloverCategory.Type == "AGREE");

    [Fact]
    public void NoDealAfterTalksAboutATopic_IsANegatedAgreementOfTheTalksParties()
    {
        var deal = Agreement("Kenyan officials held talks with Uganda and Tanzania about a shared pipeline, but no deal has been reached.");
        Assert.Equal(EventModality.Negated, deal.Modality);
        Assert.Equal(["KEN", "TZA", "UGA"], deal.Actors.Select(a => a.Code).Distinct().Order());
    }

    [Fact]
    public void NoBreakthroughOnATruce_IsANegatedAgreement() =>
        Assert.Equal(EventModality.Negated, Agreement("The two delegations met in Doha, and there was no breakthrough on a truce.").Modality);

    [Fact]
    public void BreakthroughsToBeAchieved_AreAnAgreementToCome() =>
        Assert.Equal(EventModality.Future, Agreement("Diplomats said breakthroughs will be achieved at the summit.").Modality);

    [Fact]
    public void ABreakthroughOnTheBattlefield_IsNoAgreement() =>
        Assert.DoesNotContain(EventCodingTests.Code("Russian forces achieved a breakthrough near the town."), e => e.PloverCategory.Type == "AGREE");

    [Fact]
    public void ADealThatCouldTakeYears_IsAHypotheticalAgreement() =>
        Assert.Equal(EventModality.Hypothetical, Agreement("A deal on the disputed islands could take years.").Modality);

    [Fact]
    public void ContactsThatCouldOpenTheWayToADeal_TellAHypotheticalAgreement() =>
        Assert.Equal(EventModality.Hypothetical, Agreement("The prisoner swap could open the way to a wider deal between the rivals.").Modality);

    [Fact]
    public void AWayAlreadyPaved_TellsNoAgreement() =>
        Assert.DoesNotContain(EventCodingTests.Code("The ruling paved the way for a settlement of the dispute."), e => e.PloverCategory.Type == "AGREE");
}
