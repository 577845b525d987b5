namespace Parley.Tests.Events;

/// <summary>
/// A sanction that stops giving something is aimed at the country it went to, named after "to" past what is given
/// (sentences written for these tests).
/// </summary>
public sealed class StoppedGivingTests
{
    [Fact]
    public void NoLongerSendingArmsToACountry_IsAimedAtIt()
    {
        var events = EventCodingTests.Code("Hungary said on Monday it would no longer send artillery shells to Serbia.");
        var sanction = Assert.Single(events, e => e.Category.Type == "SANCTION");
        Assert.Equal(["SRB"], sanction.Recipients.Select(r => r.Code));
    }
}
