namespace Parley.Tests.Events;

/// <summary>
/// Accusations told as a finding, a case brought, a likening or a description rather than by "accuse" (sentences written
/// for these tests).
/// </summary>
public sealed class AccusationByFindingTests
{
    [Fact]
    public void ACaseBroughtBySomeone_IsTheirAllegation() =>
        Assert.Contains(EventCodingTests.Code("The judges threw out a complaint brought by Guyana on Monday."),
            e => e.Category is { Type: "ACCUSE", Mode: "allege" } && e.Actors is [{ Code: "GUY" }]);

    [Fact]
    public void ACourtFindingASideResponsible_AllegesItsWrong() =>
        Assert.Contains(EventCodingTests.Code("The tribunal found Moscow responsible for the sinking of the ferry."),
            e => e.Category is { Type: "ACCUSE", Mode: "allege" } && e.Recipients is [{ Code: "RUS" }]);

    [Fact]
    public void FindingIllegalGoods_IsNoAccusation() =>
        Assert.DoesNotContain(EventCodingTests.Code("Police found illegal weapons in the warehouse on Friday."), e => e.Category.Type == "ACCUSE");

    [Fact]
    public void LikeningASideToAnother_Disapproves() =>
        Assert.Contains(EventCodingTests.Code("Chile's president likened the Venezuelan government to a criminal gang."),
            e => e.Category is { Type: "ACCUSE", Mode: "disapprove" });

    [Fact]
    public void DescribingASideAsALongTermThreat_Disapproves()
    {
        var e = Assert.Single(EventCodingTests.Code("The summit declaration described Iran as a long-term threat to regional security."), e => e.Category.Type == "ACCUSE");
        Assert.Equal("IRN", Assert.Single(e.Recipients).Code);
    }

    [Fact]
    public void DescribingALongNamedThingWithAJudgement_Accuses() =>
        Assert.Contains(EventCodingTests.Code("The ambassador described the Prime Minister's ruling coalition as a racist project."),
            e => e.Category is { Type: "ACCUSE", Mode: "allege" });
}
