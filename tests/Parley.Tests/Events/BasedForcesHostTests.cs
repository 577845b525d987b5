namespace Parley.Tests.Events;

/// <summary>
/// The country forces are stationed in hosts them, a partner, and is no recipient of the mobilisation; forces moved
/// towards a country still act on it (sentences written for these tests).
/// </summary>
public sealed class BasedForcesHostTests
{
    [Fact]
    public void ForcesStationedInACountry_HaveNoRecipient()
    {
        var basing = Assert.Single(EventCodingTests.Code("Sweden will station a battalion of about 600 soldiers in Finland from next year, its army chief said."),
            e => e.Category.Type == "MOBILIZE");
        Assert.Equal("SWE", Assert.Single(basing.Actors).Code);
        Assert.Empty(basing.Recipients);
    }

    [Fact]
    public void ForcesMovedTowardsACountry_StillActOnIt()
    {
        var move = Assert.Single(EventCodingTests.Code("Russia moved missile launchers near the border with Finland on Tuesday."),
            e => e.Category.Type == "MOBILIZE");
        Assert.Contains(move.Recipients, r => r.Code == "FIN");
    }
}
