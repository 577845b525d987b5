namespace Parley.Tests.Events;

/// <summary>A condemnation of "it" joining the condemnation told just before it (sentences written for these tests).</summary>
public sealed class SharedVoicesTests
{
    [Fact]
    public void ACondemnationOfIt_IsAimedWhereTheVoiceBeforeItWas()
    {
        var events = EventCodingTests.Code("Russian forces seized a Ukrainian grain ship in the Black Sea on Monday. "
                                           + "Poland condemned the seizure as a hostile act, and Lithuania called it piracy.");
        var piracy = Assert.Single(events, e => e.Category.Type == "ACCUSE" && e.Actors.Exists(a => a.Code == "LTU"));
        Assert.Equal("RUS", Assert.Single(piracy.Recipients).Code);
    }

    [Fact]
    public void ACondemnationNamingItsOwnWrong_DoesNotJoinTheVoiceBeforeIt()
    {
        var events = EventCodingTests.Code("Poland condemned the seizure of the ship by Russian forces. "
                                           + "Lithuania called the new border rules a provocation.");
        var rules = Assert.Single(events, e => e.Category.Type == "ACCUSE" && e.Actors.Exists(a => a.Code == "LTU"));
        Assert.DoesNotContain(rules.Recipients, r => r.Code == "RUS");
    }
}
