using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// A hostile act a party says it would do if the other side acts is a threat, not the act (sentences written for these
/// tests; EventFinder.ConditionalThreats.cs).
/// </summary>
public sealed class ConditionalThreatTests
{
    [Fact]
    public void SaidItWouldCutAidIf_IsAThreatToRestrict()
    {
        var events = EventCodingTests.Code("Macron said France would cut aid to Mali if the junta delayed the elections.", "2025-06-01");
        var e = Assert.Single(events);
        Assert.Equal("THREATEN", e.Category.Type);
        Assert.Equal("restrict", e.Category.Mode);
        Assert.Equal(EventModality.Asserted, e.Modality);
        Assert.Equal("MLI", Assert.Single(e.Recipients).Code);
    }

    [Fact]
    public void SaidItWouldExpelIf_IsAThreatToExpel()
    {
        var events = EventCodingTests.Code("Poland said it would expel the Belarusian ambassador unless the detained journalist was freed.", "2025-06-01");
        Assert.Contains(events, e => e.Category is { Type: "THREATEN", Mode: "expel" });
        Assert.DoesNotContain(events, e => e.Category.Type == "SANCTION");
    }

    [Fact]
    public void WarnedThatItWouldStrikeIf_IsTheWarningAndTheActItWarnsOf()
    {
        var events = EventCodingTests.Code("Erdogan warned that Turkey would bomb Kurdish positions in Syria if the attacks continued.", "2025-06-01");
        Assert.Single(events, e => e.Category.Type == "THREATEN");
        Assert.Contains(events, e => e.Category.Type == "ASSAULT");
    }

    [Fact]
    public void WhatAnalystsSayAnotherWouldDoIf_StaysTheAct()
    {
        var events = EventCodingTests.Code("Analysts said Israel would strike Lebanon if Hezbollah rearmed.", "2025-06-01");
        Assert.Contains(events, e => e.Category.Type == "ASSAULT");
        Assert.DoesNotContain(events, e => e.Category.Type == "THREATEN");
    }

    [Fact]
    public void WhatItCouldDoIf_StaysAHypotheticalAct()
    {
        var events = EventCodingTests.Code("Putin warned that Russia could use nuclear weapons if it came under attack.", "2025-06-01");
        Assert.Contains(events, e => e.Category.Type == "ASSAULT");
    }
}
