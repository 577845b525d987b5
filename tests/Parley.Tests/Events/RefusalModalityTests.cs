using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>Refusals of something to come and the negations that do not reach them (sentences written for these tests).</summary>
public sealed class RefusalModalityTests
{
    [Fact]
    public void ARefusalInAClauseAfterANegatedOne_IsToCome() =>
        Assert.Equal(EventModality.Future, Assert.Single(EventCodingTests.Code(
            "The premier said the talks had not changed his mind and that Slovakia would not send weapons to Kyiv."),
            e => e.Category.Type == "REJECT").Modality);

    [Fact]
    public void ARefusalAfterANegatedCopula_IsToCome() =>
        Assert.Equal(EventModality.Future, Assert.Single(EventCodingTests.Code(
            "The mayor said the island was not for sale and that Oslo would not cede any land to Moscow."),
            e => e.Category.Type == "REJECT").Modality);

    [Fact]
    public void ANegatedSubjectOfAModal_StillNegatesItsAct() =>
        Assert.Equal(EventModality.Negated, Assert.Single(EventCodingTests.Code(
            "Officials in Bern said no delegation would attend the talks in Vienna."),
            e => e.Category.Type == "CONSULT").Modality);
}
