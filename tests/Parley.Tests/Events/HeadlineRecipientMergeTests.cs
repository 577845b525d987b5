namespace Parley.Tests.Events;

/// <summary>A Title Case headline that names whom an event is done to but not who does it (an article written for these tests).</summary>
public sealed class HeadlineRecipientMergeTests
{
    [Fact]
    public void AHeadlineEventWithOnlyItsRecipientFound_IsTheLeadsEventOfItsKind()
    {
        var events = EventCodingTests.Code("Nordic Donors Offer Moldova Energy Pledges\n\n" +
            "Norway and Denmark pledged new energy aid to Moldova on Tuesday, officials said.");
        var pledge = Assert.Single(events, e => e.PloverCategory.Type == "AGREE");
        Assert.Contains(pledge.Actors, a => a.Code == "NOR");
        Assert.Contains(pledge.Recipients, r => r.Code == "MDA");
    }
}
