namespace Parley.Tests.Events;

/// <summary>
/// A condemnation of an act named by a short cue word ("the raid", "the coup") is aimed at whoever did it; another
/// condemnation naming the same act is a voice on it, not the act (sentences written for these tests).
/// </summary>
public sealed class CondemnedShortActNounTests
{
    [Fact]
    public void ARaidCondemned_IsAimedAtTheRaiders()
    {
        var e = Assert.Single(EventCodingTests.Code("Guatemalan police carried out a raid on the Venezuelan consulate on Friday. Caracas condemned the raid.", "2025-06-01"),
            e => e.Category.Type == "ACCUSE");
        Assert.Equal("GTM", Assert.Single(e.Recipients).Code);
    }

    [Fact]
    public void AnEarlierCondemnationOfTheSameAct_IsNotTheAct()
    {
        var events = EventCodingTests.Code("Caracas called the raid an outrage on Friday. Cuba and Bolivia condemned the raid.", "2025-06-01");
        var e = Assert.Single(events, e => e.Category.Type == "ACCUSE" && e.Sentence == 1);
        Assert.DoesNotContain(e.Recipients, r => r.Code == "VEN");
    }
}
