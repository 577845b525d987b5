namespace Parley.Tests.Events;

/// <summary>A summit its hosts hold gathers many leaders: multilateral, not a meeting of others through them (sentences written for these tests).</summary>
public sealed class HostedSummitTests
{
    [Fact]
    public void HostsOfASummit_MeetMultilaterally() =>
        Assert.Contains(EventCodingTests.Code("Kenya and Ethiopia hosted a summit of regional leaders in Nairobi on Friday."),
            e => e.Category is { Type: "CONSULT", Mode: "multilateral" } && e.Actors.Exists(a => a.Code == "KEN"));

    [Fact]
    public void HostsOfTalks_StillBrokerThem() =>
        Assert.Contains(EventCodingTests.Code("Qatar hosted talks between Sudan and South Sudan in Doha on Friday."),
            e => e.Category is { Type: "CONSULT", Mode: "third-party" });
}
