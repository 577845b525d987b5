using Parley.Mentions;
using Parley.Tests.Support;

namespace Parley.Tests.Mentions;

/// <summary>"the North" and "the South" of Korean news: countries only once a Korea is in the story.</summary>
public sealed class ShortFormActorTests
{
    private const string Published = "2025-05-20";

    private static string[] ActorCodes(string text) =>
        Pipelines.Mentions(text, MentionKind.Actor, Published).Select(m => m.Mention.Actor!.Code).ToArray();

    [Fact]
    public void TheSouth_AfterNorthKoreaIsNamed_IsSouthKorea() =>
        Assert.Equal(["PRK", "KOR"], ActorCodes("North Korea tested a cruise missile. The South said it tracked the launch."));

    [Fact]
    public void TheNorth_AfterSeoulIsNamed_IsNorthKorea() =>
        Assert.Equal(["KOR", "PRK"], ActorCodes("Seoul halted its loudspeaker broadcasts. The North did not respond."));

    [Theory]
    [InlineData("Storms crossed the South on Monday, forecasters said.")]
    [InlineData("Voters in the North turned out in large numbers.")]
    public void TheSouth_WithNoKoreaInTheStory_IsNoCountry(string sentence) =>
        Assert.DoesNotContain(ActorCodes(sentence), c => c is "KOR" or "PRK");

    [Fact]
    public void SouthBeforeAName_OpensThatName() =>
        Assert.DoesNotContain(ActorCodes("North Korea fired shells. The South China Sea stayed calm."), c => c == "KOR");

    [Fact]
    public void TheSouth_AfterALocativeWord_IsAPlace() =>
        Assert.Contains(Pipelines.Mentions("North Korean soldiers crossed the border. Two of them fled to the South.", MentionKind.Place, Published),
            m => m.Text == "South" && m.Mention.Place!.Country == "KOR");
}
