namespace Parley.Tests.Events;

/// <summary>
/// The name a story gives one event ("the Vienna Talks"), told again with no doers of its own, is that event; and the
/// parties carried into such a mention from the act before it do not replace the event's own (story written for these tests).
/// </summary>
public sealed class NamedEventMergeTests
{
    [Fact]
    public void ANamedEventToldAgain_IsOneEventWithItsOwnParties()
    {
        var talks = Assert.Single(EventCodingTests.Code("Envoys prepare for Vienna round\n\nThe United States and Iran will open the Vienna Talks on Monday, officials said.\n\n"
            + "Russia and China condemned the Western naval patrols in the Gulf on Sunday.\n\n"
            + "A prisoner exchange will be a central theme of the Vienna Talks, which could run for a week.\n"), e => e.Category.Type == "CONSULT");
        Assert.Equal(2, talks.Evidence.Count);
        Assert.Equal(["IRN", "USA"], talks.Actors.Select(a => a.Code).Order());
        Assert.Empty(talks.Recipients);
    }
}
