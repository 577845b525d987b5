using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// Cues of the cooperative types: armies training together, gear left behind for a host army, and talks whose failure is
/// only a condition (sentences written for these tests).
/// </summary>
public sealed class CooperativeCueTests
{
    [Fact]
    public void ArmiesTrainingTogether_Cooperate()
    {
        var events = EventCodingTests.Code("Polish and Lithuanian troops trained together near the Suwalki gap on Tuesday.");
        var drill = Assert.Single(events, e => e.Category.Type == "COOPERATE");
        Assert.Equal(EventModality.Asserted, drill.Modality);
    }

    [Fact]
    public void ArmiesThatWillTrainTogether_Agree()
    {
        var events = EventCodingTests.Code("The Kenyan and Ugandan armies will keep training together under the new accord, the general said.");
        Assert.Contains(events, e => e.PloverCategory.Type == "AGREE" && e.Modality == EventModality.Future);
    }

    [Fact]
    public void GearLeftBehindForTheHostArmy_IsAid()
    {
        var events = EventCodingTests.Code("Italy left armoured vehicles and equipment behind for the Nigerien army.");
        var aid = Assert.Single(events, e => e.Category.Type == "AID");
        Assert.Equal(["ITA"], aid.Actors.Select(a => a.Code).Distinct());
        Assert.Equal(["NER"], aid.Recipients.Select(r => r.Code).Distinct());
    }

    [Theory]
    [InlineData("Egypt could close the crossing within days if the Cairo talks fail, analysts said.")]
    [InlineData("Diplomats fear the fighting could spread if the negotiations stall.")]
    public void TalksFailingAsACondition_TellNoMeeting(string text) =>
        Assert.DoesNotContain(EventCodingTests.Code(text), e => e.Category.Type == "CONSULT" || e.PloverCategory.Type == "AGREE");

    [Fact]
    public void TalksHeld_StayAMeeting() =>
        Assert.Contains(EventCodingTests.Code("Egypt and Israel held talks in Cairo on Sunday."), e => e.Category.Type == "CONSULT");
}
