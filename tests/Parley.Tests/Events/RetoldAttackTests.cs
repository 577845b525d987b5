using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>An attack named again by a noun ("the attack", "in an ambush") is the attack told before, not another (sentences written for these tests).</summary>
public sealed class RetoldAttackTests
{
    [Fact]
    public void TheAttackOfALaterSentence_JoinsTheViolenceToldBefore()
    {
        var events = EventCodingTests.Code("Drones struck a fuel depot in Belgorod on Sunday.\n\n" +
            "The death toll from the attack rose to six on Tuesday, the regional governor said.");
        Assert.Single(events, e => e.Category.Type == "ASSAULT");
    }

    [Fact]
    public void AnAmbushAfterAVerbOfViolence_IsThatVerbsAct()
    {
        var events = EventCodingTests.Code("Gunmen killed nine soldiers near the Niger border in an ambush on Friday.");
        Assert.Single(events, e => e.Category.Type == "ASSAULT");
    }

    [Fact]
    public void AnAttackNounWithNothingToldBefore_StaysAnEvent()
    {
        Assert.Single(EventCodingTests.Code("Officials said the attack on the convoy was carried out by a drone."), e => e.Category.Type == "ASSAULT");
    }
}
