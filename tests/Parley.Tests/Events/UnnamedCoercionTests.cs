namespace Parley.Tests.Events;

/// <summary>
/// A coercive act whose doer the text leaves unnamed takes no parties from a different kind of act told just before
/// it, but still from an earlier act of its own kind (sentences written for these tests).
/// </summary>
public sealed class UnnamedCoercionTests
{
    [Fact]
    public void ASeizureByUnnamedMen_IsNotTheStrikersWork()
    {
        const string text = "Ukraine launched drones at an oil refinery in the Samara region overnight, officials in Kyiv said.\n\n"
                            + "Masked men seized two local officials in the town on Wednesday and took them to an unknown location.";
        var seizure = Assert.Single(EventCodingTests.Code(text, "2025-06-01"), e => e.Category.Type == "COERCE");
        Assert.DoesNotContain(seizure.Actors, a => a.Code == "UKR");
    }

    [Fact]
    public void ASecondSeizure_KeepsTheFirstSeizersParties()
    {
        const string text = "Iranian commandos seized a Liberian-flagged tanker in the Gulf of Oman on Thursday.\n\n"
                            + "Hours later, masked men seized a second vessel near the Strait of Hormuz.";
        var seizures = EventCodingTests.Code(text, "2025-06-01").Where(e => e.Category.Type == "COERCE").ToList();
        Assert.All(seizures, s => Assert.Contains(s.Actors, a => a.Code == "IRN"));
    }
}
