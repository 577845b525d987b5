namespace Parley.Tests.Events;

/// <summary>
/// Acts of one type that are not one act told twice (articles written for these tests): an act turned back on its doer
/// (an answer, an exchange of fire) and a second charge between the same parties, in a later sentence.
/// </summary>
public sealed class ExchangeAndSecondChargeTests
{
    [Fact]
    public void ExchangeOfFireAfterAStrike_IsAnotherAttack() =>
        Assert.Equal(2, EventCodingTests.Code("Armenia shelled positions in Azerbaijan on Tuesday. "
            + "Later in the week, Armenia and Azerbaijan exchanged heavy fire along the border.").Count(e => e.Category.Type == "ASSAULT"));

    [Fact]
    public void CounterchargeByTheAccused_IsAnotherAccusation() =>
        Assert.Equal(2, EventCodingTests.Code("Serbia accused Kosovo of provoking violence in the north. "
            + "Kosovo accused Serbia of arming the gunmen.").Count(e => e.Category.Type == "ACCUSE"));

    [Fact]
    public void SecondChargeBySameParty_IsAnotherAccusation() =>
        Assert.Equal(2, EventCodingTests.Code("Ethiopia accused Eritrea of backing rebels in Tigray. "
            + "Two days later, Ethiopia accused Eritrea of blocking aid convoys.").Count(e => e.Category.Type == "ACCUSE"));

    [Fact]
    public void AccusationNamedAgainByNoun_StillMerges() =>
        Assert.Single(EventCodingTests.Code("Ethiopia accused Eritrea of backing rebels in Tigray. "
            + "Eritrea rejected the accusation."), e => e.Category.Type == "ACCUSE");
}
