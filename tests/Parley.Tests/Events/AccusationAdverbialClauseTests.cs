using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// An adverbial clause after an accusation ("accused Paris of arrogance after a French envoy visited Bamako") tells its act as
/// fact, not as what is alleged (sentences written for these tests).
/// </summary>
public sealed class AccusationAdverbialClauseTests
{
    [Fact]
    public void AVisitInAClauseOpenedByAfter_IsAsserted() =>
        Assert.Equal(EventModality.Asserted, Assert.Single(EventCodingTests.Code("The junta accused Paris of arrogance after a French envoy visited Bamako on Monday."),
            e => e.Category.Type == "CONSULT").Modality);

    [Fact]
    public void TheActAlleged_StaysHypothetical() =>
        Assert.Equal(EventModality.Hypothetical, Assert.Single(EventCodingTests.Code("The junta accused Paris of bombing villages in the north."),
            e => e.Category.Type != "ACCUSE").Modality);
}
