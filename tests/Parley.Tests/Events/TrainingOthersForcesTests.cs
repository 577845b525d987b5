using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// Training another side's forces is military cooperation (COOPERATE), as training together is, not aid
/// (sentences written for these tests).
/// </summary>
public sealed class TrainingOthersForcesTests
{
    [Fact]
    public void InstructorsTrainingAnotherArmysPilots_Cooperate()
    {
        var events = EventCodingTests.Code("Norwegian instructors began training Ghanaian pilots on Monday, the defence ministry said.");
        Assert.Contains(events, e => e.PloverCategory.Type == "COOPERATE");
        Assert.DoesNotContain(events, e => e.PloverCategory.Type == "AID");
    }

    [Fact]
    public void ATrainingPromised_IsAnAgreement()
    {
        var events = EventCodingTests.Code("Norway will train Ghanaian soldiers next year, the defence ministry said.");
        Assert.Contains(events, e => e.PloverCategory.Type == "AGREE" && e.Modality == EventModality.Future);
    }
}
