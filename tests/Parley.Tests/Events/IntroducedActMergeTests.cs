namespace Parley.Tests.Events;

/// <summary>
/// Acts a story tells more than once are merged, but not every mention of a type is a retelling (sentences written for these
/// tests): past the lead, an act brought in with "a" and a word or two of description is a new one, and a headline's truce is
/// not the lead's release of hostages; but an act another party confirms is the one told before, whatever mode its words guess.
/// </summary>
public sealed class IntroducedActMergeTests
{
    [Fact]
    public void ANounBroughtInWithADescribedArticle_IsANewAct()
    {
        var events = EventCodingTests.Code("Russian drones pound Ukraine\n\nKYIV — Russia launched 300 drones and ten missiles at Ukraine "
            + "overnight, the Ukrainian air force said on Saturday.\n\nEarlier, a Russian missile strike on a barracks in Sumy on Saturday "
            + "morning killed nine soldiers, the army said.\n");
        Assert.Equal(2, events.Count(e => e.PloverCategory.Type == "ASSAULT"));
    }

    [Fact]
    public void AHeadlineTruce_IsNotTheLeadsRelease()
    {
        var events = EventCodingTests.Code("Truce holds in the north\n\nThe militants handed over six hostages to the Red Cross on Monday, "
            + "and the army pulled back from two villages.\n");
        Assert.Contains(events, e => e.PloverCategory is { Type: "RETREAT", Mode: "ceasefire" });
        Assert.Contains(events, e => e.PloverCategory is { Type: "RETREAT", Mode: "release" });
    }

    [Fact]
    public void AnActAPartyConfirms_IsTheActToldBefore()
    {
        var events = EventCodingTests.Code("Ukrainian drones hit three air bases deep inside Russia on Sunday, the SBU security service said. "
            + "Russia's defence ministry confirmed strikes on airfields in two regions.\n");
        Assert.Single(events, e => e.PloverCategory.Type == "ASSAULT");
    }
}
