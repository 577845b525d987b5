using Parley.Mentions;
using Parley.Tests.Support;

namespace Parley.Tests.Mentions;

/// <summary>Towns named like ordinary words ("Surprise", "Mobile", "Split") where a capital alone says nothing.</summary>
public sealed class CommonWordPlaceTests
{
    private const string Published = "2024-03-01";

    private static (string Text, string? Country)[] Places(string text) =>
        Pipelines.Mentions(text, MentionKind.Place, Published).Select(m => (m.Text, m.Mention.Place!.Country)).ToArray();

    [Theory]
    [InlineData("Israeli Troops Killed In Surprise Raid On Jenin", "Surprise")]
    [InlineData("Mobile Networks Go Dark Across Northern Gaza", "Mobile")]
    [InlineData("Split Verdict Leaves Coalition Talks Stalled In Berlin", "Split")]
    [InlineData("Reading the statement aloud, the minister paused.", "Reading")]
    public void InATitleCaseHeadlineOrAtASentencesStart_ACommonWordIsNoPlace(string text, string word) =>
        Assert.DoesNotContain(Places(text), p => p.Text == word);

    [Fact]
    public void TheRestOfTheHeadline_KeepsItsPlaces() =>
        Assert.Equal([("Jenin", (string?)"PSE")], Places("Israeli Troops Killed In Surprise Raid On Jenin"));

    [Theory]
    [InlineData("Wildfire Forces Evacuations In Surprise, Arizona", "USA")]
    [InlineData("Crowds Gather In Nice After France Attack", "FRA")]
    [InlineData("Hail Storm Batters Homes In Surprise\n\nResidents across Arizona cleared debris on Friday.", "USA")]
    public void ContextThatBacksTheTown_KeepsItAPlace(string text, string country) =>
        Assert.Contains(Places(text), p => p.Country == country && p.Text is "Surprise" or "Nice");

    [Fact]
    public void InOrdinaryProse_TheTownKeepsItsCapital() =>
        Assert.Contains(("Surprise", (string?)"USA"), Places("The fire spread quickly through Surprise on Tuesday."));
}
