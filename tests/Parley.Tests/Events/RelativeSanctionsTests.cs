using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// Penalties told as a noun whose imposer stands in a relative clause between the noun and its verb ("the gas sanctions
/// that Washington reimposed", "the curbs Brussels has imposed on Belgrade"): the imposer acts on the party after "on",
/// and the imposition is history, whatever the sentence around it says of an easing (sentences written for these tests).
/// </summary>
public sealed class RelativeSanctionsTests
{
    private static PloverEvent Imposition(string text) =>
        Assert.Single(EventCodingTests.Code(text), e => e.Category.Type == "SANCTION"
                                                        && text[e.Trigger.Start..e.Trigger.End] is "imposed" or "reimposed" or "slapped");

    [Fact]
    public void SanctionsThatWashingtonReimposed_AreWashingtonsAndHistory()
    {
        var e = Imposition("Caracas has long sought relief from the gas sanctions that Washington reimposed in 2021, officials said.");
        Assert.Equal("USA", Assert.Single(e.Actors).Code);
        Assert.Equal(EventModality.Historical, e.Modality);
    }

    [Fact]
    public void CurbsBrusselsHasImposedOnBelgrade_StrikeSerbiaAndAreNotNegatedByTheEasingDenied()
    {
        var e = Imposition("The ministry has not relaxed any of the curbs Brussels has imposed on Belgrade since 2019.");
        Assert.Equal("SRB", Assert.Single(e.Recipients).Code);
        Assert.Equal(EventModality.Historical, e.Modality);
    }

    [Fact]
    public void TariffsBeijingSlappedOnAustralianBarley_AreChinasOnAustralia()
    {
        var e = Imposition("Canberra wants the tariffs Beijing slapped on Australian barley removed.");
        Assert.Equal("CHN", Assert.Single(e.Actors).Code);
        Assert.Equal("AUS", Assert.Single(e.Recipients).Code);
    }

    [Fact]
    public void AVerbWithNoPenaltyNounBefore_IsNoSanction() =>
        Assert.DoesNotContain(EventCodingTests.Code("The court said the rules Moscow imposed were fair."), e => e.Category.Type == "SANCTION");
}
