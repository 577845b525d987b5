namespace Parley.Tests.Events;

/// <summary>A relative clause between a subject and its verb, or after an object it describes (sentences written for these tests).</summary>
public sealed class RelativeClauseSubjectTests
{
    [Fact]
    public void AnAsideBetweenSubjectAndVerb_LeavesTheSubjectBeforeIt()
    {
        var suspension = Assert.Single(EventCodingTests.Code("Washington, which has about 1,100 troops in the country, suspended some aid programmes on Monday."),
            e => e.Category.Type == "SANCTION");
        var actor = Assert.Single(suspension.Actors);
        Assert.Equal(("USA", "GOV"), (actor.Code, actor.Sector));
    }

    [Fact]
    public void AWhoseAside_DoesNotLendItsGroupToTheVerb()
    {
        var recall = Assert.Single(EventCodingTests.Code("Germany, whose soldiers train Malian forces, withdrew its ambassador from Bamako on Tuesday."),
            e => e.Category is { Type: "SANCTION", Mode: "withdraw" });
        Assert.Equal("GOV", Assert.Single(recall.Actors).Sector);
    }

    [Fact]
    public void APassiveStateInARelativeClause_BefallsTheNameItDescribes()
    {
        var detention = Assert.Single(EventCodingTests.Code("The bloc threatened to use force to restore Bazoum, who remains detained in the palace."),
            e => e.Category.Type == "COERCE");
        Assert.Equal("NER", Assert.Single(detention.Recipients).Code);
        Assert.DoesNotContain(detention.Actors, a => a.Code == "NER" && a.Sector == "GOV");
    }

    [Fact]
    public void RemainingCommittedTo_IsNoPassive()
    {
        var pledge = Assert.Single(EventCodingTests.Code("ECOWAS said it remained committed to a negotiated solution with Niger."), e => e.Category.Type == "AGREE");
        Assert.Equal("ECOWAS", Assert.Single(pledge.Actors).Code);
    }
}
