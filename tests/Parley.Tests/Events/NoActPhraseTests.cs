namespace Parley.Tests.Events;

/// <summary>Phrases with an event word that tell no act of their own, and a concession told by lifting (sentences written for these tests).</summary>
public sealed class NoActPhraseTests
{
    [Theory]
    [InlineData("The Indian foreign ministry declined to comment on the report.")]
    [InlineData("Washington listed three shipping firms accused of helping Tehran evade oil sanctions.", "ACCUSE")]
    [InlineData("Diplomats said they had received a letter from the junta on Monday.")]
    [InlineData("The storm cut power lines across the island on Sunday.")]
    [InlineData("Police arrested two suspected arms dealers in Lagos on Friday.", "COERCE")]
    [InlineData("Lithuania suspected Belarus of involvement.", "ACCUSE")]
    [InlineData("Truckers blocked roads near the border in protest at the new tolls.", "PROTEST")]
    [InlineData("Peru recalled its ambassador from Mexico City for consultations.", "SANCTION")]
    [InlineData("Residents of Beirut have endured power cuts of up to twenty hours a day.")]
    [InlineData("Gunmen ambushed an army patrol near the Malian border on Friday.", "ASSAULT")]
    public void NoActIsCoded_ButWhatTheSentenceTells(string text, params string[] types) =>
        Assert.Equal(types, EventCodingTests.Code(text).Select(e => e.Category.Type));

    [Fact]
    public void CuttingChannels_CutsTiesAsTheGoldCodesThem() =>
        Assert.Single(EventCodingTests.Code("Pyongyang cut all military hotlines with Seoul in April."), e => e.Category is { Type: "SANCTION", Mode: "discontinue" });

    [Fact]
    public void WelcomingAVeto_SupportsIt_AndIsNoVisit()
    {
        var events = EventCodingTests.Code("Israel welcomed the veto on Saturday.");
        Assert.Equal("SUPPORT", Assert.Single(events).Category.Type);
    }

    [Fact]
    public void LiftingObjections_IsAConcession() =>
        Assert.Single(EventCodingTests.Code("Turkey lifted its objections to the accession on Tuesday."), e => e.Category.Type == "CONCEDE");
}
