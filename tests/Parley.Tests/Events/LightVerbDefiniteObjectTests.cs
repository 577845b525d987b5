namespace Parley.Tests.Events;

/// <summary>
/// A light verb whose object is a definite noun ("staging the coup", "carried out the raids") names the act told before by that
/// noun, whatever the clause around it says of it; a verb of its own over the same noun ("welcomed the treaty") is an act of its own
/// (articles written for these tests).
/// </summary>
public sealed class LightVerbDefiniteObjectTests
{
    private const string Coup = "Army officers seize power in Gabon\n\n" +
        "Army officers seized power in Gabon on Monday, closing the borders and suspending the constitution.\n\n" +
        "Opposition leader Albert Ondo Ossa accused President Ali Bongo of staging the coup to block the results.";

    private const string Raids = "Sudanese jets strike rebel camps\n\n" +
        "Sudanese jets struck rebel camps in Darfur on Tuesday, though the army did not confirm that its aircraft had carried out the raids.";

    private const string Treaty = "Two neighbours sign border treaty\n\n" +
        "Chile and Peru signed a border treaty in Lima on Friday.\n\n" +
        "Brazil welcomed the treaty, saying it would bring calm to the region.";

    [Fact]
    public void TheCoupSomeoneIsAccusedOfStaging_IsTheSeizureToldBefore() =>
        Assert.Single(EventCodingTests.Code(Coup), e => e.Category is { Type: "COERCE", Mode: "seize" });

    [Fact]
    public void TheCoupSomeoneIsAccusedOfStaging_StaysAsserted() =>
        Assert.Equal(Parley.Events.EventModality.Asserted,
            Assert.Single(EventCodingTests.Code(Coup), e => e.Category is { Type: "COERCE", Mode: "seize" }).Modality);

    [Fact]
    public void TheRaidsNotConfirmedInTheSameSentence_AreTheStrikesToldThere() =>
        Assert.Single(EventCodingTests.Code(Raids), e => e.Category.Type == "ASSAULT");

    [Fact]
    public void WelcomingTheTreaty_IsNotTheSigning() =>
        Assert.Equal(2, EventCodingTests.Code(Treaty).Count(e => e.Category.Type == "SUPPORT"));
}
