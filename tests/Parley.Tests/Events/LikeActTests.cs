namespace Parley.Tests.Events;

/// <summary>
/// An act told only as like one before ("demanded the same", "similar drops") is done to whom that one was done to;
/// a warner's own side, as the subject of what the warning says will be done, is not whom it is aimed at (sentences
/// written for these tests).
/// </summary>
public sealed class LikeActTests
{
    [Fact]
    public void DemandOfTheSame_IsMadeOfWhomTheDemandBeforeWasMadeOf()
    {
        var events = EventCodingTests.Code("Ruto urged Ethiopia to halt the dam filling on Tuesday, and Egypt's foreign minister demanded the same.");
        var demand = Assert.Single(events, e => e.Category.Type == "REQUEST" && e.Actors.Exists(a => a.Code == "EGY"));
        Assert.Equal(["ETH"], demand.Recipients.Select(r => r.Code));
        Assert.Contains(demand.Recipients, r => events.Any(e => e != demand && e.Recipients.Contains(r)));
    }

    [Fact]
    public void SimilarAid_GoesWhereTheAidBeforeWent()
    {
        var events = EventCodingTests.Code("Germany sent food parcels to Haiti last week, and Canada has carried out similar drops.");
        var aid = Assert.Single(events, e => e.Category.Type == "AID" && e.Actors.Exists(a => a.Code == "CAN"));
        Assert.Equal(["HTI"], aid.Recipients.Select(r => r.Code));
    }

    [Fact]
    public void ActOnTheSameDay_IsNotLikeTheOneBefore()
    {
        var events = EventCodingTests.Code("Ruto urged Ethiopia to halt the dam filling, and Egypt's foreign minister demanded the same day that the filling stop.");
        var demand = Assert.Single(events, e => e.Category.Type == "REQUEST" && e.Actors.Exists(a => a.Code == "EGY"));
        Assert.DoesNotContain("like one before", demand.Explanations.GetValueOrDefault("recipient") ?? "");
    }

    [Fact]
    public void WarnersOwnCountryAsSubjectOfTheWarning_IsNoRecipient()
    {
        var events = EventCodingTests.Code("Foreign Minister Penny Wong warned on Monday that Australia could impose new sanctions if the detained sailors were not freed.");
        var threat = Assert.Single(events, e => e.Category.Type == "THREATEN");
        Assert.DoesNotContain(threat.Recipients, r => r.Code == "AUS");
    }
}
