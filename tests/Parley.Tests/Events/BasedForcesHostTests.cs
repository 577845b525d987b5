using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// The country forces are stationed in hosts them, a partner, and is no recipient of the mobilisation; forces moved
/// towards a country still act on it (sentences written for these tests).
/// </summary>
public sealed class BasedForcesHostTests
{
    private static PloverEvent Mobilisation(string sentence) =>
        Assert.Single(EventCodingTests.Code(sentence), e => e.Category.Type == "MOBILIZE");

    [Fact]
    public void ForcesStationedInACountry_HaveNoRecipient()
    {
        var basing = Mobilisation("Sweden will station a battalion of about 600 soldiers in Finland from next year, its army chief said.");
        Assert.Equal(["SWE"], basing.Actors.Select(a => a.Code));
        Assert.Empty(basing.Recipients);
    }

    [Fact]
    public void ForcesMovedTowardsACountry_StillActOnIt() =>
        Assert.Contains(Mobilisation("Russia moved missile launchers near the border with Finland on Tuesday.").Recipients, r => r.Code == "FIN");
}
