namespace Parley.Tests.Events;

/// <summary>A court an accusation is brought to is where it is made, not whom it accuses (sentences written for these tests).</summary>
public sealed class CourtAsVenueTests
{
    [Fact]
    public void TheCourt_IsNoRecipientOfTheCase()
    {
        var events = EventCodingTests.Code("Guyana said it would take the case to the International Court of Justice.");
        Assert.All(events.Where(e => e.Category.Type == "ACCUSE"), e => Assert.DoesNotContain(e.Recipients, r => r.Code == "ICJ"));
    }

    [Fact]
    public void WhomTheCaseIsAgainst_IsTheRecipient()
    {
        var events = EventCodingTests.Code("Guyana said it would take the case to the International Court of Justice against Venezuela.");
        Assert.Contains(events, e => e.Category.Type == "ACCUSE" && e.Recipients.Exists(r => r.Code == "VEN"));
    }
}
