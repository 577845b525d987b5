using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// A cue in the past tense tells an act done: a later date in its sentence dates another clause's act and does not make
/// it one to come; a verb with an infinitive is dated by the act it names (sentences written for these tests, published
/// 12 March 2025).
/// </summary>
public sealed class PastVerbLaterDateTests
{
    [Fact]
    public void WhatHeCalledABetrayal_BesideATariffFromApril_IsAsserted() =>
        Assert.Equal(EventModality.Asserted, Assert.Single(EventCodingTests.Code(
            "Trump said he would raise tariffs on Canadian steel from April 2, citing what he called a betrayal by Ottawa."),
            e => e.Category.Type == "ACCUSE").Modality);

    [Fact]
    public void AgreedToMeetInApril_IsToCome() =>
        Assert.Equal(EventModality.Future, Assert.Single(EventCodingTests.Code(
            "The two foreign ministers agreed to meet in Beijing in April."), e => e.Category.Type == "AGREE").Modality);
}
