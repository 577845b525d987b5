using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// A doubt that governs an event outranks a plan told nearer to it: what "it is possible" someone "will" do is
/// speculated, not scheduled (sentences written for these tests).
/// </summary>
public sealed class DoubtOverPlanTests
{
    [Fact]
    public void WhatItIsPossibleMinistersWillDiscuss_IsSpeculated() =>
        Assert.Equal(EventModality.Hypothetical, Assert.Single(EventCodingTests.Code(
            "It is possible that the ministers will discuss a ceasefire in Cairo."), e => e.Category.Type == "CONSULT").Modality);

    [Fact]
    public void WhatMinistersWillDiscuss_IsToCome() =>
        Assert.Equal(EventModality.Future, Assert.Single(EventCodingTests.Code(
            "The ministers will discuss a ceasefire in Cairo next week."), e => e.Category.Type == "CONSULT").Modality);

    [Fact]
    public void AParticipleDescribingAnotherNoun_CastsNoDoubtOnThePlan() =>
        Assert.Equal(EventModality.Future, Assert.Single(EventCodingTests.Code(
            "The envoy brought a much anticipated proposal to the upcoming talks with Ukraine in Geneva."), e => e.Category.Type == "CONSULT").Modality);
}
