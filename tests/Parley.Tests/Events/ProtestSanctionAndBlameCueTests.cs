namespace Parley.Tests.Events;

/// <summary>
/// Protests, sanctions and accusations told without their usual verb: a march named by its noun, flags burned, workers who
/// strike over a grievance, a partner dropped from a joint programme, further expulsions, a verdict of unlawfulness after
/// a long name, a side branded a mafia or an exodus called ethnic cleansing (sentences written for these tests).
/// </summary>
public sealed class ProtestSanctionAndBlameCueTests
{
    [Fact]
    public void AMarchNamedByItsNoun_IsAProtest() =>
        Assert.Contains(EventCodingTests.Code("The talks open on Monday, a month after a deadly march by opposition supporters on the capital."),
            e => e.Category is { Type: "PROTEST", Mode: "demo" });

    [Fact]
    public void BurningFlags_IsAProtestAgainstTheirCountry() =>
        Assert.Contains(EventCodingTests.Code("Several hundred protesters burned Russian flags outside the embassy."),
            e => e.Category is { Type: "PROTEST", Mode: "demo" } && e.Recipients is [{ Code: "RUS" }]);

    [Fact]
    public void DroppingAPartnerFromAJointProgramme_SanctionsIt() =>
        Assert.Contains(EventCodingTests.Code("Washington removed Turkey from the fighter jet programme."),
            e => e.Category is { Type: "SANCTION", Mode: "discontinue" } && e.Recipients is [{ Code: "TUR" }]);

    [Fact]
    public void ACourtFindingALongNamedActUnlawful_AllegesAWrong() =>
        Assert.Contains(EventCodingTests.Code("The tribunal finds the Serbian government's seizure of the northern farmland unlawful."),
            e => e.Category is { Type: "ACCUSE", Mode: "allege" });

    [Theory]
    [InlineData("The interior minister called the separatist movement a mafia.")]
    [InlineData("An exodus the Georgian government called ethnic cleansing followed the offensive.")]
    public void NamingASideAMafiaOrAnExpulsionEthnicCleansing_AllegesAWrong(string text) =>
        Assert.Contains(EventCodingTests.Code(text), e => e.Category is { Type: "ACCUSE", Mode: "allege" });

    [Fact]
    public void FurtherExpulsionsForeseen_AreExpulsions() =>
        Assert.Contains(EventCodingTests.Code("Diplomats said Algiers was likely to answer with further expulsions."),
            e => e.Category is { Type: "SANCTION", Mode: "expel" });

    [Fact]
    public void WorkersStrikingOverAGrievance_AreOnStrike()
    {
        var events = EventCodingTests.Code("Dockers strike over pay cuts in Rotterdam");
        Assert.Contains(events, e => e.Category is { Type: "PROTEST", Mode: "strike" });
        Assert.DoesNotContain(events, e => e.Category.Type == "ASSAULT");
    }
}
