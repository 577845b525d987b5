using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// Cues of the cooperative types: armies training together, gear left behind for a host army, a count of what is given
/// pushing its noun far from the verb; and talks whose failure is only a condition, or a request that is only the ground of
/// another act, telling no event (sentences written for these tests).
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

    [Fact]
    public void CountedGiftFarFromTheVerb_IsAid()
    {
        var events = EventCodingTests.Code("Norway has given Kyiv more than 60 Leopard battle tanks since the invasion began.");
        var aid = Assert.Single(events, e => e.Category.Type == "AID");
        Assert.Equal(["NOR"], aid.Actors.Select(a => a.Code).Distinct());
        Assert.Equal(["UKR"], aid.Recipients.Select(r => r.Code).Distinct());
    }

    [Theory]
    [InlineData("A team of Italian trainers could return at Niamey's request, officials said.")]
    [InlineData("The joint news conference was cancelled at the Japanese side's request.")]
    public void RequestAsTheGroundOfAnotherAct_IsNoRequest(string text) =>
        Assert.DoesNotContain(EventCodingTests.Code(text), e => e.Category.Type == "REQUEST");

    [Fact]
    public void RequestMade_StaysARequest() =>
        Assert.Contains(EventCodingTests.Code("Canada requested a meeting with Indian officials on Monday."), e => e.Category.Type == "REQUEST");
}
