namespace Parley.Tests.Events;

/// <summary>A headline that tells a handover in the present, without "over" (an article written for these tests).</summary>
public sealed class HeadlineHandoverTests
{
    [Fact]
    public void AHeadlineHandingABaseToItsHost_IsTheLeadsWithdrawal()
    {
        var events = EventCodingTests.Code("Britain hands its remaining Belize garrison to Belmopan\n\n" +
            "BELMOPAN — Britain handed over its army training base near Ladyville to Belize on Friday, ending decades of presence.");
        var handover = Assert.Single(events, e => e.PloverCategory.Type == "RETREAT");
        Assert.Equal("withdraw", handover.PloverCategory.Mode);
        Assert.True(handover.Evidence.Count >= 2, "the headline and the lead tell one handover");
        Assert.Contains(handover.Recipients, r => r.Code == "BLZ");
    }
}
