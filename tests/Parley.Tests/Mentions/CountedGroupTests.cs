using Parley.Events;
using Parley.Tests.Events;

namespace Parley.Tests.Mentions;

/// <summary>
/// "the five governments", "the three Nordic countries": a group counted by number is the list of that many sides the
/// text named before; "both delegations" and "both leaders" are the two sides in play (sentences written for these tests).
/// </summary>
public sealed class CountedGroupTests
{
    [Fact]
    public void FiveGovernments_AfterAListOfFive_AreEachOfThem() =>
        Assert.Equal(["CAN", "ESP", "ITA", "JPN", "POL"], RecipientsOf(
            "Japan, Canada, Italy, Spain and Poland imposed visa bans on three Belarusian officials on Monday. "
            + "The Russian foreign minister urged the five governments to lift them.", "2025-06-01", e => e.Category.Type == "REQUEST"));

    [Fact]
    public void ThreeDescribedCountries_AfterAListOfThree_AreEachOfThem() =>
        Assert.Equal(["DNK", "NOR", "SWE"], RecipientsOf(
            "Sweden, Norway and Denmark froze their aid to Mali last week. "
            + "Mali's junta recalled its ambassadors to the three Nordic countries for consultations on Saturday.", "2025-06-01",
            e => e.Category.Type == "SANCTION" && e.Sentence == 1));

    [Fact]
    public void FiveCountries_WithNoListOfFive_NameNoOne() =>
        Assert.Empty(RecipientsOf("Brazil and Chile signed a trade pact on Monday. Beijing pledged loans to the five countries of the region.", "2025-06-01",
            e => e.Category.Type == "AGREE" && e.Sentence == 1));

    [Fact]
    public void BothDelegations_AreTheTwoSidesOfTheTalks() =>
        Assert.Equal(["CHN", "USA"], RecipientsOf(
            "The talks were led by Treasury Secretary Scott Bessent and Chinese Vice Premier He Lifeng. "
            + "The Swiss economy minister praised both delegations.", "2025-05-12", e => e.Category.Type == "SUPPORT"));

    [Fact]
    public void BothLeaders_WithNoTwoPeopleNamedLately_AreTheTwoSidesInPlay() =>
        Assert.Equal(["KHM", "THA"], RecipientsOf(
            "Thailand and Cambodia agreed on Monday to a ceasefire.\n\nCommanders from both sides met on Tuesday.\n\n"
            + "Dozens of people were killed, according to officials in the two countries.\n\n"
            + "Trump said on Saturday that he had spoken by phone with both leaders.", "2025-07-29",
            e => e.Category.Type == "CONSULT" && e.Actors.Exists(a => a.Code == "USA")));

    private static string[] RecipientsOf(string text, string published, Func<PloverEvent, bool> which) =>
        [.. Assert.Single(EventCodingTests.Code(text, published), e => which(e)).Recipients.Select(r => r.Code).Order()];
}
