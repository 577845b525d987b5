namespace Parley.Tests.Events;

/// <summary>Cues found missing or false on the summits-and-swaps articles: captives freed when a headline only counts them,
/// a prisoner sent or let go home, two forces fighting with heavy arms, weapons rushed to an ally, a state quitting a scheme; "cooperation" named as a topic or a treaty's aim, and a
/// visitor's host named as a person, which are no acts (sentences written for these tests).</summary>
public sealed class SummitsAndSwapsCueTests
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
    public void ACaptiveLetGoHome_IsReleased()
    {
        var e = Assert.Single(EventCodingTests.Code("Moscow lets jailed American teacher go home after talks with Washington."),
            x => x.Category is { Type: "RETREAT", Mode: "release" });
        Assert.Equal("RUS", Assert.Single(e.Actors).Code);
        Assert.Equal("USA", Assert.Single(e.Recipients).Code);
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

    [Fact]
    public void WeaponsRushedToAParty_AreAid()
    {
        var e = Assert.Single(EventCodingTests.Code("Berlin rushes air defence missiles to Kyiv after a night of strikes."), x => x.Category.Type == "AID");
        Assert.Equal("DEU", Assert.Single(e.Actors).Code);
        Assert.Equal("UKR", Assert.Single(e.Recipients).Code);
    }

    [Fact]
    public void AStateQuittingAScheme_LeavesIt()
    {
        var e = Assert.Single(EventCodingTests.Code("Italy quits China's Belt and Road investment scheme."), x => x.Category.Type is "SANCTION" or "RETREAT");
        Assert.Equal(("SANCTION", "withdraw"), (e.Category.Type, e.Category.Mode));
        Assert.Equal("ITA", Assert.Single(e.Actors).Code);
        Assert.Equal("CHN", Assert.Single(e.Recipients).Code);
    }

    [Fact]
    public void AHostNamedAsAPerson_IsNoSecondVisit()
    {
        var events = EventCodingTests.Code("The Tajik president arrived in Bishkek for a state visit, and within hours he and his host, President Sadyr Japarov, signed a treaty.");
        Assert.Single(events, e => e.Category.Type == "CONSULT");
    }
}
