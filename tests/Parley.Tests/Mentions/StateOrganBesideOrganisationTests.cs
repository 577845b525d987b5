using Parley.Tests.Events;

namespace Parley.Tests.Mentions;

/// <summary>
/// "the army" or "the government" read just after a sentence that names only an organisation: the organisation
/// owns no army, so the organ is the story's country's (sentences written for these tests).
/// </summary>
public sealed class StateOrganBesideOrganisationTests
{
    [Fact]
    public void TheArmy_AfterAnOrganisation_IsTheStorysCountrys()
    {
        var retreat = Assert.Single(EventCodingTests.Code(
            "Thailand and Cambodia agreed to a ceasefire on Monday. Thailand reopened two border crossings.\n\n"
            + "The European Union welcomed the agreement. The army said in a statement that it had withdrawn from the town."),
            e => e.Category is { Type: "RETREAT", Mode: "withdraw" });
        Assert.Equal("THA", Assert.Single(retreat.Actors).Code);
    }

    [Fact]
    public void TheGovernment_AfterAnOrganisation_IsTheStorysCountrys()
    {
        var suspension = Assert.Single(EventCodingTests.Code(
            "Georgia's ruling party won the October election. Georgia expelled a Western diplomat.\n\n"
            + "The European Union said it was deeply concerned. Daily protests have gripped the capital since November 2024, "
            + "when the government suspended talks on joining the EU."), e => e.Category is { Type: "SANCTION", Mode: "withdraw" });
        Assert.Equal("GEO", Assert.Single(suspension.Actors).Code);
    }
}
