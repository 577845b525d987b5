using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// A verb joined to an accusation by "and" with a subject or an auxiliary of its own is another act told as fact, not part of
/// what the accusation claims (sentences written for these tests).
/// </summary>
public sealed class ActAfterClaimWithOwnSubjectTests
{
    [Fact]
    public void CondemnationAfterAChargeAndItsDenial_IsAsserted() =>
        Assert.Equal(EventModality.Asserted, Assert.Single(EventCodingTests.Code(
            "Venezuela accuses Guyana of provoking the dispute, a claim Georgetown rejects, and Maduro has condemned the naval drills as a threat."),
            e => e.Trigger.Start > 80 && e.Category.Type == "ACCUSE").Modality);

    [Fact]
    public void AppealWithItsOwnSubjectAfterACharge_IsAsserted() =>
        Assert.Equal(EventModality.Asserted, Assert.Single(EventCodingTests.Code(
            "Serbia accused Kosovo of stoking tension in the north, and President Vucic urged both sides to show restraint."),
            e => e.Category.Type == "REQUEST").Modality);

    [Fact]
    public void RefusalWithItsOwnAuxiliaryAfterACharge_IsAsserted() =>
        Assert.Equal(EventModality.Asserted, Assert.Single(EventCodingTests.Code(
            "The government has accused foreign-funded groups of plotting the unrest and has ruled out talks with the opposition."),
            e => e.Category.Type == "REJECT").Modality);
}
