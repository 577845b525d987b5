namespace Parley.Tests.Events;

/// <summary>
/// A noun told as today's news does not name an act the text set in the past (sentences written for these tests): the
/// swap that "comes after months of contacts" is this week's, not the extradition of four years before. But the very noun
/// the past act was told by names it again, before any later act of its type.
/// </summary>
public sealed class PastActNounMergeTests
{
    [Fact]
    public void ANewsNoun_DoesNotJoinAPastActOfItsType()
    {
        var events = EventCodingTests.Code("Prisoners return home to Yerevan\n\nAzerbaijan released five Armenian soldiers on Tuesday, "
            + "officials said.\n\nAzerbaijan had extradited two Armenian fighters to Yerevan in 2021. The swap comes after months of quiet contacts.\n");
        Assert.Equal(2, events.Count(e => e.PloverCategory.Type == "COOPERATE"));
        Assert.Contains(events, e => e.PloverCategory.Type == "COOPERATE" && e.Modality == Parley.Events.EventModality.Asserted);
    }

    [Fact]
    public void ThePastActsOwnNoun_NamesItAgain_NotTheLaterActOfItsType()
    {
        var events = EventCodingTests.Code("US envoy visits Kyiv\n\nAn American envoy arrived in Kyiv on Tuesday, officials said.\n\n"
            + "The trip follows the recent defense upgrade that Washington gave Ukraine. Washington also plans to provide Ukraine with more drones. "
            + "The defense upgrade reassured the Baltic states.\n");
        var upgrade = Assert.Single(events, e => e.Category.Type == "AID" && e.Modality == Parley.Events.EventModality.Historical);
        Assert.Equal(2, upgrade.Evidence.Count);
        Assert.Single(Assert.Single(events, e => e.Category.Type == "AID" && e.Modality == Parley.Events.EventModality.Future).Evidence);
    }
}
