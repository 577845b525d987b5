using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>Parties one clause of a sentence gives the act of another (sentences written for these tests).</summary>
public sealed class ClauseLinkTests
{
    private static PloverEvent Only(string text, string type) => Assert.Single(EventCodingTests.Code(text), e => e.Category.Type == type);

    [Fact]
    public void AResponse_AnswersWhoeverActedInTheClauseAfterAfter()
    {
        var e = Only("Farmers marched in Brussels on Monday after the European Commission backed the Mercosur deal.", "PROTEST");
        Assert.Equal("EU", Assert.Single(e.Recipients).Code);
    }

    [Fact]
    public void AParticipleClause_ActsOnWhomItsMainClauseActedOn()
    {
        var e = Only("Turkey halted all trade with Israel on Thursday, calling the war in Gaza a genocide.", "ACCUSE");
        Assert.Equal("TUR", Assert.Single(e.Actors).Code);
        Assert.Equal("ISR", Assert.Single(e.Recipients).Code);
    }

    [Fact]
    public void APassiveWhoseByPhraseNamesAWeapon_TakesTheNameModifyingItAsActor()
    {
        var e = Only("An apartment block in Odesa was struck by Russian drones overnight.", "ASSAULT");
        Assert.Equal("RUS", Assert.Single(e.Actors).Code);
        Assert.Equal("UKR", Assert.Single(e.Recipients).Code);
    }

    [Fact]
    public void ARefusal_ActsOnWhomTheActItRefusesActsOn()
    {
        var e = Only("Turkey's parliament refused for months to ratify Finland's NATO bid before finally approving it in March.", "REJECT");
        Assert.Equal("FIN", Assert.Single(e.Recipients).Code);
    }

    [Theory]
    [InlineData("Turkey's parliament refused for months to ratify Finland's NATO bid before finally approving it in March.", "approving", "TUR", null)]
    [InlineData("Canada expelled six Indian diplomats on Monday, and New Delhi responded within hours by ordering six Canadian diplomats to leave.", "ordering", "IND", "CAN")]
    public void AGerundAfterAConjunctionOrBy_IsDoneByTheSubjectOfItsClause(string text, string cue, string actor, string? recipient)
    {
        var e = Assert.Single(EventCodingTests.Code(text), x => text[x.Trigger.Start..x.Trigger.End].StartsWith(cue, StringComparison.Ordinal));
        Assert.Equal(actor, Assert.Single(e.Actors).Code);
        Assert.Equal(recipient, e.Recipients.SingleOrDefault()?.Code);
    }

    [Fact]
    public void AnActWhoseObjectNamesAnotherAct_ActsOnWhomThatActDoes()
    {
        var e = Only("Caracas said it would not attend the next round of border talks with Guyana.", "REJECT");
        Assert.Equal("GUY", Assert.Single(e.Recipients).Code);
    }

    [Fact]
    public void AVisit_GoesToThePlaceReached_NotThePlaceLeft()
    {
        var e = Only("The Polish president paid a surprise visit from Warsaw to Kyiv on Tuesday.", "CONSULT");
        Assert.Equal("UKR", Assert.Single(e.Recipients).Code);
    }

    [Fact]
    public void AVerbJoinedByBut_HasTheSubjectOfTheVerbBefore_NotItsObject()
    {
        var e = Only("Hungary asked Brussels to release the frozen funds but was refused.", "REJECT");
        Assert.Equal("HUN", Assert.Single(e.Recipients).Code);
    }

    [Fact]
    public void AParticipleAfterANounCue_TakesItsObjectAsRecipient()
    {
        var e = Only("Russia staged naval drills encircling Japan on Monday.", "MOBILIZE");
        Assert.Equal("JPN", Assert.Single(e.Recipients).Code);
    }
}
