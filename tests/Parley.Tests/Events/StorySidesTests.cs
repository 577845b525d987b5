namespace Parley.Tests.Events;

/// <summary>
/// An act aimed at someone that no telling gives a target goes, in a story of two countries, from one side to the other
/// (sentences written for these tests).
/// </summary>
public sealed class StorySidesTests
{
    private const string TwoSided = "Chile recalls envoy from Peru as fishing row deepens\n\n"
        + "SANTIAGO — Chile recalled its ambassador from Lima on Tuesday after a week of seized trawlers. Foreign Minister "
        + "Alberto van Klaveren said Santiago demanded the immediate return of the boats.\n\nBrazil urged calm.";

    [Fact]
    public void DemandOfOneSide_IsAimedAtTheOtherSideOfTheHeadline()
    {
        var demand = Assert.Single(EventCodingTests.Code(TwoSided), e => e.Category.Type == "REQUEST" && e.Actors.Exists(a => a.Code == "CHL"));
        var peru = Assert.Single(demand.Recipients);
        Assert.Equal("PER", peru.Code);
        // The recipient points at the headline's words that named it.
        Assert.Equal("Peru", TwoSided[peru.Start..peru.End]);
    }

    [Fact]
    public void ActOfAThirdParty_TakesNoSide()
    {
        var appeal = Assert.Single(EventCodingTests.Code(TwoSided), e => e.Category.Type == "REQUEST" && e.Actors.Exists(a => a.Code == "BRA"));
        Assert.Empty(appeal.Recipients);
    }

    [Fact]
    public void LeadParagraphOfOneSentence_IsNoHeadline()
    {
        var events = EventCodingTests.Code("SANTIAGO — Chile recalled its ambassador from Peru on Tuesday over seized trawlers.\n\n"
            + "Santiago demanded the immediate return of the boats.");
        var demand = Assert.Single(events, e => e.Category.Type == "REQUEST" && e.Actors.Exists(a => a.Code == "CHL"));
        Assert.Empty(demand.Recipients);
    }

    [Fact]
    public void StoryOfOneCountry_GivesNoTarget()
    {
        var demand = Assert.Single(EventCodingTests.Code("Floods kill dozens in Peru\n\nLIMA — Opposition lawmakers demanded more relief funds on Monday."),
            e => e.Category.Type == "REQUEST");
        Assert.Empty(demand.Recipients);
    }
}
