namespace Parley.Tests.Events;

/// <summary>Cues found missing on new articles: a brawl between two sides, armed men bursting into a place, work done
/// together with a party; and the look-alikes that burst into tears or flames (sentences written for these tests).</summary>
public sealed class BrawlAndRaidOnPlaceCueTests
{
    [Theory]
    [InlineData("Tensions rose after a brawl in May between Kyrgyz men and Egyptian students.", "ASSAULT", "beat", "brawl")]
    [InlineData("Armed men burst into a radio station in Bamako and held staff at gunpoint.", "ASSAULT", null, "burst into")]
    public void TheCue_IsFound(string text, string type, string? mode, string cue)
    {
        var e = Assert.Single(EventCodingTests.Code(text), e => e.Category.Type == type);
        Assert.Equal(mode, e.Category.Mode);
        Assert.Equal(cue, text[e.Trigger.Start..e.Trigger.End]);
    }

    [Theory]
    [InlineData("The minister burst into tears as she read the names of the victims.")]
    [InlineData("A fuel tanker burst into flames on the highway near Lagos.")]
    public void BurstingIntoTearsOrFlames_IsNoAttack(string text) =>
        Assert.DoesNotContain(EventCodingTests.Code(text), e => e.Category.Type == "ASSAULT");

    [Fact]
    public void WorkDoneWithAParty_IsCooperationOfBothSides()
    {
        var e = Assert.Single(EventCodingTests.Code("Kenya had worked with Washington on the transfer for months."), e => e.Category.Type == "COOPERATE");
        Assert.Equal(["KEN", "USA"], e.Actors.Select(a => a.Code));
        Assert.Empty(e.Recipients);
    }

    [Fact]
    public void WorkPromised_StaysAnAgreement() =>
        Assert.DoesNotContain(EventCodingTests.Code("Kenya said it would work with Washington on the transfer."), e => e.Category.Type == "COOPERATE");
}
