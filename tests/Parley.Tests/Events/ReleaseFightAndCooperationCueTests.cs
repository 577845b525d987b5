namespace Parley.Tests.Events;

/// <summary>Cues found missing or false on the summits-and-swaps articles: captives freed when a headline only counts them,
/// a prisoner sent home, two forces fighting with heavy arms, and "cooperation" named as a topic or a treaty's aim,
/// which is no act (sentences written for these tests).</summary>
public sealed class ReleaseFightAndCooperationCueTests
{
    [Fact]
    public void CaptivesCountedInAHeadline_AreFreedByTheSubject()
    {
        var e = Assert.Single(EventCodingTests.Code("The Houthis free three British sailors as Oman mediates."),
            x => x.Category is { Type: "RETREAT", Mode: "release" });
        Assert.Equal("YEM", Assert.Single(e.Actors).Code);
        Assert.Equal("GBR", Assert.Single(e.Recipients).Code);
    }

    [Fact]
    public void APrisonerSentHome_IsReleased()
    {
        var e = Assert.Single(EventCodingTests.Code("Washington sends home Cuban prisoner in exchange for two aid workers."),
            x => x.Category is { Type: "RETREAT", Mode: "release" });
        Assert.Equal("USA", Assert.Single(e.Actors).Code);
        Assert.Equal("CUB", Assert.Single(e.Recipients).Code);
    }

    [Fact]
    public void ForcesThatFoughtWithHeavyArms_AttackedEachOther()
    {
        var e = Assert.Single(EventCodingTests.Code("Armenian and Azerbaijani forces fought with artillery and drones along the border in 2022."),
            x => x.Category is { Type: "ASSAULT", Mode: "heavy-weapons" });
        Assert.Equal(["ARM", "AZE"], e.Actors.Select(a => a.Code).Order());
        Assert.Empty(e.Recipients);
    }

    [Theory]
    [InlineData("The two presidents signed a treaty of friendship and cooperation in Astana on Tuesday.")]
    [InlineData("Ministers from the region are expected to discuss trade and economic cooperation next week.")]
    public void CooperationNamedAsATopic_IsNoEvent(string sentence) =>
        Assert.DoesNotContain(EventCodingTests.Code(sentence), e => e.Category.Type is "COOPERATE" or "AGREE");
}
