using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// Diplomatic stances told by phrases of their own: joining a text others wrote, a deal announced or not, a dispute
/// settled or not, a vote against with its margin (sentences written for these tests).
/// </summary>
public sealed class DiplomaticStanceCueTests
{
    [Fact]
    public void NotSigningOnToAStatement_IsANegatedEndorsement()
    {
        var support = Assert.Single(EventCodingTests.Code("Brazil did not sign on to the joint statement on the war."), e => e.PloverCategory.Type == "SUPPORT");
        Assert.Equal(EventModality.Negated, support.Modality);
        Assert.Equal("BRA", Assert.Single(support.Actors).Code);
    }

    [Fact]
    public void NoAgreementAnnouncedAfterTalks_IsANegatedAgreement()
    {
        var deal = Assert.Single(EventCodingTests.Code("Envoys of Peru and Chile met in Lima on Monday, but no agreement was announced."), e => e.PloverCategory.Type == "AGREE");
        Assert.Equal(EventModality.Negated, deal.Modality);
    }

    [Fact]
    public void ADealAnnounced_IsAnAgreement() =>
        Assert.Equal(EventModality.Asserted, Assert.Single(EventCodingTests.Code("A deal was announced by Ghana and Togo on Friday."), e => e.PloverCategory.Type == "AGREE").Modality);

    [Fact]
    public void RivalClaimsNotYetSettled_AreANegatedAgreementOfBothSides()
    {
        var deal = Assert.Single(EventCodingTests.Code("Ghana and Togo have yet to settle their rival claims to the lagoon."), e => e.PloverCategory.Type == "AGREE");
        Assert.Equal(EventModality.Negated, deal.Modality);
        Assert.Equal(["GHA", "TGO"], deal.Actors.Select(a => a.Code).Order());
    }

    [Fact]
    public void VotingOverwhelminglyAgainst_IsARejection() =>
        Assert.Contains(EventCodingTests.Code("Chile's Senate voted overwhelmingly against the treaty on Tuesday."), e => e.Category.Type == "REJECT");

    [Fact]
    public void VotingForSanctionsAgainstAState_IsNoRejection() =>
        Assert.DoesNotContain(EventCodingTests.Code("Chile's Senate voted for sanctions against Iran on Tuesday."), e => e.Category.Type == "REJECT");
}
