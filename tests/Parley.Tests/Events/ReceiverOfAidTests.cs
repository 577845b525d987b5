namespace Parley.Tests.Events;

/// <summary>
/// Aid told with no recipient goes where the aid told before it went, else to the country the headline names first
/// (sentences written for these tests).
/// </summary>
public sealed class ReceiverOfAidTests
{
    [Fact]
    public void AidWithNoRecipient_GoesToTheHeadlineCountry()
    {
        var events = EventCodingTests.Code("Peru asks for flood aid as rivers rise\n\nThe European Union sent a team of disaster experts on Monday.");
        var aid = Assert.Single(events, e => e.Category.Type == "AID" && e.Actors.Exists(a => a.Code == "EU"));
        Assert.Equal(["PER"], aid.Recipients.Select(r => r.Code));
    }

    [Fact]
    public void AidWithNoRecipient_GoesWhereTheAidBeforeWent()
    {
        var events = EventCodingTests.Code("Spain sent aid to Morocco on Sunday. The European Union sent a team of disaster experts on Monday.");
        var aid = Assert.Single(events, e => e.Category.Type == "AID" && e.Actors.Exists(a => a.Code == "EU"));
        Assert.Equal(["MAR"], aid.Recipients.Select(r => r.Code));
    }

    [Fact]
    public void AidFromTheHeadlineCountry_TakesNoRecipientFromIt()
    {
        var events = EventCodingTests.Code("Peru sends rescuers abroad\n\nPeru sent a team of disaster experts on Monday.");
        Assert.All(events.Where(e => e.Category.Type == "AID"), aid => Assert.Empty(aid.Recipients));
    }
}
