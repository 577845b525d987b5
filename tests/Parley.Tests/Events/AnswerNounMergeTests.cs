namespace Parley.Tests.Events;

/// <summary>
/// A noun told as what a party gave back ("responded with artillery strikes", "traded artillery fire") is that party's
/// act, not a noun naming the attack told before it (sentences written for these tests).
/// </summary>
public sealed class AnswerNounMergeTests
{
    [Fact]
    public void StrikesARecipientRespondedWith_AreItsOwnAttack() =>
        Assert.Equal(2, EventCodingTests.Code("Armenia and Azerbaijan shelled each other's positions along the border on Monday, officials said.\n\n" +
            "Azerbaijan responded with artillery strikes on Armenian villages, officials in Yerevan said.").Count(e => e.Category.Type == "ASSAULT"));

    [Fact]
    public void FireTwoSidesTraded_IsNotTheFirstSidesAttack() =>
        Assert.Equal(2, EventCodingTests.Code("Thai troops fired rockets at Cambodian posts on Monday.\n\n" +
            "Over the following days, Thailand and Cambodia traded artillery fire along the frontier.").Count(e => e.Category.Type == "ASSAULT"));

    [Fact]
    public void StrikesNamedAgain_StayTheAttackToldBefore() =>
        Assert.Single(EventCodingTests.Code("Armenian forces shelled Azerbaijani positions near Lachin on Tuesday.\n\n" +
            "Baku condemned the artillery strikes as a provocation."), e => e.Category.Type == "ASSAULT");
}
