using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// Acts told in plain words that name their type: a travel advisory sanctions the country, a treaty no longer applied is
/// discontinued, more patrols mobilise, and staying away from a meeting rejects it (sentences written for these tests).
/// </summary>
public sealed class AdvisoryAbsencePatrolCueTests
{
    [Theory]
    [InlineData("Seoul advised its citizens on Monday to avoid travelling to Niger.", "SANCTION", null)]
    [InlineData("Canada has warned its nationals against travel to Haiti.", "SANCTION", null)]
    [InlineData("Belgrade stopped implementing the border accord last year.", "SANCTION", "discontinue")]
    [InlineData("The peacekeeping mission said it would increase patrols near the river crossings.", "MOBILIZE", "troops")]
    [InlineData("Brazil stayed away, saying any conference should hear both parties.", "REJECT", "meet")]
    public void PlainWords_NameTheirAct(string text, string type, string? mode) =>
        Assert.Contains(EventCodingTests.Code(text), e => e.Category.Type == type && e.Category.Mode == mode);

    [Fact]
    public void AnAdvisoryNotToTravel_IsGiven_NotDenied()
    {
        var advisory = Assert.Single(EventCodingTests.Code("Madrid told its citizens not to travel to Mali on Tuesday."), e => e.Category.Type == "SANCTION");
        Assert.Equal(EventModality.Asserted, advisory.Modality);
    }
}
