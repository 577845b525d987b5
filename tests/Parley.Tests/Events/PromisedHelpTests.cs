using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// Help, joint training, building for a partner and forces sent to one, told only as a promise or a possibility, are
/// AGREE (PLOVER: future cooperation is an agreement); the same words with no partner, or aimed at no one, are not
/// (sentences written for these tests).
/// </summary>
public sealed class PromisedHelpTests
{
    [Theory]
    [InlineData("The prime minister said Britain would help defend Estonia against any attack.", "GBR", "EST")]
    [InlineData("Officials in Madrid said Spain will help train Moroccan coast guards next year.", "ESP", "MAR")]
    [InlineData("Turkish troops would keep training alongside Azerbaijani units, the ministry said.", "TUR", null)]
    [InlineData("Chinese firms will build the railway across Laos, the two governments said.", "CHN", null)]
    [InlineData("Kenya will send a team of doctors to Somalia, the health ministry said.", "KEN", "SOM")]
    public void HelpPromised_IsAnAgreement(string text, string actor, string? recipient)
    {
        var promise = Assert.Single(EventCodingTests.Code(text), e => e.PloverCategory.Type == "AGREE");
        Assert.Equal(EventModality.Future, promise.Modality);
        Assert.Contains(actor, promise.Actors.Select(a => a.Code));
        if (recipient is not null)
            Assert.Contains(recipient, promise.Recipients.Select(r => r.Code));
    }

    [Theory]
    [InlineData("Analysts believe the summit could help rebuild trust between the two economies.")]
    [InlineData("Western officials fear Iran would develop nuclear weapons within months.")]
    public void HelpWithNoPartner_IsNoAgreement(string text) =>
        Assert.DoesNotContain(EventCodingTests.Code(text), e => e.PloverCategory.Type == "AGREE");

    [Fact]
    public void ForcesPromisedToAPartner_AreAnAgreement()
    {
        var e = Assert.Single(EventCodingTests.Code("Washington will send 200 troops to Jordan to guard the border, the Pentagon said."),
            e => e.Category.Type == "MOBILIZE");
        Assert.Equal("AGREE", e.PloverCategory.Type);
        Assert.Equal(EventModality.Future, e.Modality);
    }

    [Fact]
    public void ForcesPromisedToAPlace_StayAMobilization()
    {
        var e = Assert.Single(EventCodingTests.Code("Analysts say Britain could send warships to the area if the incidents continue."),
            e => e.Category.Type == "MOBILIZE");
        Assert.Equal("MOBILIZE", e.PloverCategory.Type);
    }
}
