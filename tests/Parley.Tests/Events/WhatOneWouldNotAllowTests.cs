namespace Parley.Tests.Events;

/// <summary>
/// What a party would not allow is a line it draws, not a demand it turns down; what it will not accept still is
/// (sentences written for these tests; events/patterns.tsv, REJECT).
/// </summary>
public sealed class WhatOneWouldNotAllowTests
{
    [Fact]
    public void WouldNotAllowIt_IsNoRefusal()
    {
        var events = EventCodingTests.Code("The chancellor said he would not allow it.", "2025-06-01");
        Assert.DoesNotContain(events, e => e.Category.Type == "REJECT");
    }

    [Fact]
    public void WouldNotAcceptTheRuling_IsStillARefusal()
    {
        var events = EventCodingTests.Code("Beijing said it would not accept the ruling.", "2025-06-01");
        Assert.Contains(events, e => e.Category.Type == "REJECT");
    }
}
