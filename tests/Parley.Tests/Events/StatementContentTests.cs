namespace Parley.Tests.Events;

/// <summary>
/// What an agreement's "that" clause says was agreed, and the name a condemnation gives an act, are part of the statement,
/// not acts of their own (sentences written for these tests).
/// </summary>
public sealed class StatementContentTests
{
    [Fact]
    public void TheActsOfAnAgreementsThatClause_AreWhatWasAgreed()
    {
        var events = EventCodingTests.Code("Chile and Peru agreed that their navies would work together against smugglers.");
        Assert.Single(events, e => e.Category.Type == "AGREE");
        Assert.DoesNotContain(events, e => e.Category.Type == "COOPERATE");
    }

    [Fact]
    public void AThreatInAPromisesThatClause_StaysAThreat() =>
        Assert.Contains(EventCodingTests.Code("The president spoke on Sunday, promising that the rebels would pay a heavy price."),
            e => e.Category.Type == "THREATEN");

    [Fact]
    public void AnActToldAfterTheAgreementsClause_IsStillAnEvent() =>
        Assert.Contains(EventCodingTests.Code("Chile and Peru agreed on a fishing quota, and Peru later expelled two Chilean diplomats."),
            e => e.Category is { Type: "SANCTION", Mode: "expel" });

    [Theory]
    [InlineData("Opposition lawmakers denounced the pardon as a reward for hostage-taking.", "ASSAULT")]
    [InlineData("Opposition lawmakers condemned the accord as a surrender to Beijing.", "CONCEDE")]
    public void TheNameACondemnationGives_IsNoAct(string text, string named)
    {
        var events = EventCodingTests.Code(text);
        Assert.Contains(events, e => e.Category.Type == "ACCUSE");
        Assert.DoesNotContain(events, e => e.Category.Type == named);
    }

    [Fact]
    public void AnEnvoyCalledHomeForConsultations_IsRecalled()
    {
        var events = EventCodingTests.Code("Peru called its ambassador home from Santiago for consultations on Monday.");
        Assert.Contains(events, e => e.Category is { Type: "SANCTION", Mode: "withdraw" });
        Assert.DoesNotContain(events, e => e.Category.Type == "CONSULT");
    }
}
