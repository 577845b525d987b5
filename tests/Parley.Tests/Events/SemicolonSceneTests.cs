namespace Parley.Tests.Events;

/// <summary>The halves of a sentence joined by a semicolon tell acts of their own places (written for these tests).</summary>
public sealed class SemicolonSceneTests
{
    [Fact]
    public void APlaceBeforeASemicolon_IsNotTheSceneOfTheActAfterIt()
    {
        var threat = Assert.Single(EventCodingTests.Code("India strikes targets in Pakistan after Kashmir attack; Islamabad vows response", "2025-05-07"),
            e => e.Category.Type == "THREATEN");
        Assert.Null(threat.Location);
        Assert.DoesNotContain(threat.Recipients, r => r.Code == "IND");
    }

    [Fact]
    public void APlaceInTheSameHalf_IsStillTheScene()
    {
        var strike = Assert.Single(EventCodingTests.Code("Talks stalled; Russian drones struck Odesa on Friday.", "2025-05-07"),
            e => e.Category.Type == "ASSAULT");
        Assert.Equal("UKR", strike.Location?.Place?.Country);
    }
}
