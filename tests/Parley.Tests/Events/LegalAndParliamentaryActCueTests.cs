using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>Charges still to be brought, and a legislature voting an office-holder out (sentences written for
/// these tests).</summary>
public sealed class LegalAndParliamentaryActCueTests
{
    [Fact]
    public void AChargeToCome_IsAnAccusation() =>
        Assert.Equal(EventModality.Future, Assert.Single(EventCodingTests.Code("Prosecutors will charge the former governor with embezzlement, the ministry said."),
            e => e.Category is { Type: "ACCUSE", Mode: "allege" }).Modality);

    [Fact]
    public void VotingToRemoveAnOfficeHolder_IsASanction() =>
        Assert.Single(EventCodingTests.Code("Senators voted to remove the chief justice from office on Thursday."),
            e => e.Category is { Type: "SANCTION", Mode: "convict" });
}
