namespace Parley.Tests.Events;

/// <summary>A vehicle's load ("convoys carrying fuel") names what it carries, not an act of aid of its own (sentences written for these tests).</summary>
public sealed class CarriedLoadTests
{
    [Fact]
    public void AidConvoysCarryingFuel_AreOneAidEvent()
    {
        var events = EventCodingTests.Code("Aid convoys carrying fuel and flour crossed into Gaza from Egypt on Saturday.");
        Assert.Single(events, e => e.PloverCategory.Type == "AID");
    }

    [Fact]
    public void TrucksCarryingMedicineThatCannotReachACity_AreNoAidDelivered()
    {
        var events = EventCodingTests.Code("Trucks carrying medicine have been unable to reach El Obeid for weeks, aid agencies said.");
        Assert.DoesNotContain(events, e => e.PloverCategory.Type == "AID" && e.Modality == Parley.Events.EventModality.Asserted);
    }

    [Fact]
    public void AGovernmentCarryingFoodToARegion_StaysAid()
    {
        var events = EventCodingTests.Code("Jordanian army planes dropped parcels over northern Gaza on Monday, and Egypt began carrying food to Rafah.");
        Assert.Contains(events, e => e.PloverCategory.Type == "AID");
    }
}
