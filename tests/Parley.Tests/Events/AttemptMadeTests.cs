using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// An attempt made ("tried to seize power") is told as fact, whatever came of it; an attempt someone is accused of stays
/// what the accusation claims (sentences written for these tests).
/// </summary>
public sealed class AttemptMadeTests
{
    [Fact]
    public void SoldiersWhoTriedToSeizePower_MadeTheAttempt() =>
        Assert.Equal(EventModality.Asserted, Assert.Single(EventCodingTests.Code(
            "Rebel soldiers tried to seize power in Sierra Leone on Sunday, but loyal troops drove them back within hours."),
            e => e.Category is { Type: "COERCE", Mode: "seize" }).Modality);

    [Fact]
    public void AnAttemptSomeoneIsAccusedOf_IsTheClaim() =>
        Assert.Equal(EventModality.Hypothetical, Assert.Single(EventCodingTests.Code(
            "Sierra Leone's government accused the opposition of trying to seize power."),
            e => e.Category is { Type: "COERCE", Mode: "seize" }).Modality);
}
