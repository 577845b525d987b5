using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// Conflict-side events told without their usual verb: disapproval as concern, accusations as a finding or a charge,
/// expulsions as people driven out or leaving home, shows of force as forces moving or sailing somewhere
/// (sentences written for these tests).
/// </summary>
public sealed class ConflictToldIndirectlyTests
{
    [Fact]
    public void SayingItIsConcerned_Disapproves() =>
        Assert.Contains(EventCodingTests.Code("The Canadian government said it was gravely concerned that journalists had been tried in secret."),
            e => e.Category is { Type: "ACCUSE", Mode: "disapprove" });

    [Fact]
    public void PartiesConcerned_IsNoDisapproval() =>
        Assert.DoesNotContain(EventCodingTests.Code("The countries concerned will meet in Geneva next week."), e => e.Category.Type == "ACCUSE");

    [Fact]
    public void ALawAtOddsWithAPartysDuties_Disapproves() =>
        Assert.Contains(EventCodingTests.Code("The Commission said the new law was at odds with Hungary's treaty obligations."),
            e => e.Category is { Type: "ACCUSE", Mode: "disapprove" });

    [Fact]
    public void InvestigatorsConcludingThatASideDidWrong_Allege() =>
        Assert.Contains(EventCodingTests.Code("Investigators concluded that the militia had planted the bomb."),
            e => e.Category is { Type: "ACCUSE", Mode: "allege" });

    [Fact]
    public void AGovernmentDeterminingThatASideDidWrong_Alleges() =>
        Assert.Contains(EventCodingTests.Code("The State Department determined on Monday that the junta had committed atrocities."),
            e => e.Category is { Type: "ACCUSE", Mode: "allege" } && e.Actors is [{ Code: "USA" }]);

    [Fact]
    public void NoOneBeingCharged_IsANegatedAccusation() =>
        Assert.Contains(EventCodingTests.Code("None of the activists has been charged."),
            e => e.Category is { Type: "ACCUSE", Mode: "allege" } && e.Modality == EventModality.Negated);

    [Fact]
    public void AnOffensiveDrivingPeopleOut_Expels() =>
        Assert.Contains(EventCodingTests.Code("The army's offensive drove 20,000 villagers out of the valley."),
            e => e.Category is { Type: "SANCTION", Mode: "expel" });

    [Fact]
    public void ShellingDrivingPeopleToFlee_Expels() =>
        Assert.Contains(EventCodingTests.Code("Shelling in the north drove thousands of residents to flee."),
            e => e.Category is { Type: "SANCTION", Mode: "expel" });

    [Fact]
    public void FamiliesLeavingTheirHomes_AreExpelled() =>
        Assert.Contains(EventCodingTests.Code("Thousands of families on both sides of the border have left their homes."),
            e => e.Category is { Type: "SANCTION", Mode: "expel" });

    [Fact]
    public void ForcesMovingCloseToABorder_Mobilize() =>
        Assert.Contains(EventCodingTests.Code("Russian armoured columns had moved close to the border from three directions."),
            e => e.Category is { Type: "MOBILIZE", Mode: "troops" });

    [Fact]
    public void AFrigateSailingIntoWaters_Mobilizes() =>
        Assert.Contains(EventCodingTests.Code("On Monday a Turkish frigate sailed into waters south of Cyprus."),
            e => e.Category is { Type: "MOBILIZE", Mode: "troops" } && e.Actors is [{ Code: "TUR" }]);
}
