namespace Parley.Tests.Events;

/// <summary>Cues found missing or false on the summits-and-swaps articles: captives freed when a headline only counts them,
/// a prisoner sent or let go home, two forces fighting with heavy arms, firms making arms together, weapons rushed to an ally, a state quitting a scheme;
/// "cooperation" named as a topic or a treaty's aim, and a visitor's host named as a person, which are no acts (sentences
/// written for these tests).</summary>
public sealed class SummitsAndSwapsCueTests
{
    [Fact]
    public void ForcesThatFoughtWithHeavyArms_AttackedEachOther()
    {
        var e = Assert.Single(EventCodingTests.Code("Armenian and Azerbaijani forces fought with artillery and drones along the border in 2022."),
            x => x.Category is { Type: "ASSAULT", Mode: "heavy-weapons" });
        Assert.Equal(["ARM", "AZE"], e.Actors.Select(a => a.Code).Order());
        Assert.Empty(e.Recipients);
    }

    [Theory]
    [InlineData("The Houthis free three British sailors as Oman mediates.", "RETREAT", "release", "YEM", "GBR")]
    [InlineData("Washington sends home Cuban prisoner in exchange for two aid workers.", "RETREAT", "release", "USA", "CUB")]
    [InlineData("Moscow lets jailed American teacher go home after talks with Washington.", "RETREAT", "release", "RUS", "USA")]
    [InlineData("Berlin rushes air defence missiles to Kyiv after a night of strikes.", "AID", null, "DEU", "UKR")]
    [InlineData("Italy quits China's Belt and Road investment scheme.", "SANCTION", "withdraw", "ITA", "CHN")]
    public void TheCue_IsFoundWithItsParties(string sentence, string type, string? mode, string actor, string recipient)
    {
        var e = Assert.Single(EventCodingTests.Code(sentence), x => x.Category.Type == type);
        Assert.Equal(mode, e.Category.Mode);
        Assert.Equal(actor, Assert.Single(e.Actors).Code);
        Assert.Equal(recipient, Assert.Single(e.Recipients).Code);
    }

    [Fact]
    public void FirmsMakingArmsTogether_Cooperate()
    {
        var e = Assert.Single(EventCodingTests.Code("South Korean and Polish firms will produce tanks together under the new deal."), x => x.Category.Type == "COOPERATE");
        Assert.Equal(["KOR", "POL"], e.Actors.Select(a => a.Code).Order());
    }

    [Theory]
    [InlineData("The two presidents signed a treaty of friendship and cooperation in Astana on Tuesday.")]
    [InlineData("Ministers from the region are expected to discuss trade and economic cooperation next week.")]
    public void CooperationNamedAsATopic_IsNoEvent(string sentence) =>
        Assert.DoesNotContain(EventCodingTests.Code(sentence), e => e.Category.Type is "COOPERATE" or "AGREE");

    [Fact]
    public void AHostNamedAsAPerson_IsNoSecondVisit() =>
        Assert.Single(EventCodingTests.Code("The Tajik president arrived in Bishkek for a state visit, and within hours he and his host, President Sadyr Japarov, signed a treaty."),
            e => e.Category.Type == "CONSULT");
}
