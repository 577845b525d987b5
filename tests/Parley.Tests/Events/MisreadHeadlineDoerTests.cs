namespace Parley.Tests.Events;

/// <summary>
/// A headline's terse words can make the victim the doer: its act done to no one, whose doer the lead's act of its
/// kind is done to, is that act (articles written for these tests).
/// </summary>
public sealed class MisreadHeadlineDoerTests
{
    [Fact]
    public void AHeadlineAmbushWithItsVictimReadAsDoer_IsTheLeadsAmbush()
    {
        var events = EventCodingTests.Code("Gunmen ambush Albanian police near Shkoder monastery\n\n" +
            "About 20 masked Serb gunmen ambushed an Albanian police patrol near Shkoder early on Sunday, killing one officer, the Albanian government said.");
        var ambush = Assert.Single(events, e => e.Category.Type == "ASSAULT");
        Assert.Contains(ambush.Actors, a => a.Code == "SRB");
    }
}
