using Parley.Mentions;
using Parley.Tests.Support;

namespace Parley.Tests.Mentions;

/// <summary>
/// "The two ministers" after "the foreign ministers of Brazil and Argentina": the holders of one office in two countries one
/// phrase named are the pair, though the text gave neither a name (sentences written for these tests).
/// </summary>
public sealed class PairOfUnnamedOfficeHoldersTests
{
    [Fact]
    public void TheTwoMinisters_AreTheMinistersOfTheTwoCountriesNamedTogether()
    {
        const string text = "The foreign ministers of Brazil and Argentina spoke by phone on Monday. Bolivian troops crossed the border on Tuesday. The two ministers agreed to reopen the crossing.";
        var pair = Pipelines.Mentions(text, MentionKind.Actor, "2025-06-01").Where(m => m.Text == "The two ministers").Select(m => m.Mention.Actor!.Code).Order();
        Assert.Equal(["ARG", "BRA"], pair);
    }

    [Fact]
    public void TheTwoMinisters_WithOnlyOneCountrysMinisterNamedBefore_AreNoPair()
    {
        const string text = "The foreign minister of Brazil spoke by phone on Monday. Bolivian troops crossed the border on Tuesday. The two ministers agreed to reopen the crossing.";
        Assert.DoesNotContain(Pipelines.Mentions(text, MentionKind.Actor, "2025-06-01"), m => m.Text == "The two ministers");
    }
}
