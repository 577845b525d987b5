namespace Parley.Tests.Events;

/// <summary>
/// A place that is a noun cue's own object ("strikes on Israel") is whom it strikes, not an actor named further on in
/// another phrase ("drew condemnation from Western leaders"). Sentences written for these tests.
/// </summary>
public sealed class PlaceObjectBeforeActorTests
{
    [Theory]
    [InlineData("Iran's strikes on Israel drew condemnation from Western leaders.", "IRN", "ISR")]
    [InlineData("Pakistan's strikes on Afghanistan drew condemnation from Taliban officials.", "PAK", "AFG")]
    public void ThePlaceAfterTheCuesPreposition_IsTheRecipient(string text, string actor, string recipient)
    {
        var e = Assert.Single(EventCodingTests.Code(text), e => e.Category.Type == "ASSAULT");
        Assert.Equal([actor], e.Actors.Select(a => a.Code));
        Assert.Equal([recipient], e.Recipients.Select(r => r.Code));
    }
}
