namespace Parley.Tests.Events;

/// <summary>
/// "U.S. and British warships", "British and U.S. jets": a demonym before a weapon names no actor mention, but joined by
/// "and" to the subject, after or before it, it says who acts with it (sentences written for these tests).
/// </summary>
public sealed class CoordinatedWeaponOwnerTests
{
    [Theory]
    [InlineData("U.S. and British warships and aircraft struck Houthi targets in Yemen.", "GBR", "USA")]
    [InlineData("U.S. and Japanese destroyers fired missiles at the drones.", "JPN", "USA")]
    [InlineData("British and U.S. jets bombed a Houthi command centre near Sanaa.", "GBR", "USA")]
    [InlineData("Syria said Israeli and U.S. strikes had hit two depots near Homs.", "ISR", "USA")]
    public void TheDemonymJoinedToTheSubject_ActsWithIt(string text, params string[] actors)
    {
        var e = Assert.Single(EventCodingTests.Code(text), e => e.Category.Type == "ASSAULT");
        Assert.Equal(actors, e.Actors.Select(a => a.Code).Order());
    }
}
