using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// Suspects handed or sent to another state's justice cooperate with it (PLOVER COOPERATE, as extradition does), told
/// without "over" too (sentences written for these tests).
/// </summary>
public sealed class HandedSuspectsTests
{
    [Theory]
    [InlineData("Colombia hands 12 drug trafficking suspects to Spain", "COL", "ESP", EventModality.Asserted)]
    [InlineData("Iraq handed four militant suspects over to Belgium on Friday.", "IRQ", "BEL", EventModality.Asserted)]
    [InlineData("Peru sent nine suspected gang leaders to Chile on Tuesday, prosecutors said.", "PER", "CHL", EventModality.Asserted)]
    [InlineData("Serbia has not handed over any of the two convicted officers to Croatia.", "SRB", "HRV", EventModality.Negated)]
    public void SuspectsGivenToAnotherState_Cooperate(string text, string actor, string recipient, EventModality modality) =>
        Assert.Contains(EventCodingTests.Code(text), e => e.Category.Type == "COOPERATE" && e.Modality == modality
            && e.Actors.Exists(a => a.Code == actor) && e.Recipients.Exists(r => r.Code == recipient));

    [Fact]
    public void AidSent_StaysAid() =>
        Assert.DoesNotContain(EventCodingTests.Code("Peru sent nine tonnes of medicine to Chile on Tuesday."), e => e.Category.Type == "COOPERATE");
}
