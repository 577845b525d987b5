using Parley.Mentions;
using Parley.Tests.Support;

namespace Parley.Tests.Mentions;

/// <summary>
/// "Three years later", "a year earlier", "The next year": periods counted from the date the story named before, not from
/// the day of writing (sentences written for these tests, published 19 February 2025).
/// </summary>
public sealed class CountedPeriodDateTests
{
    private const string Published = "2025-02-19";

    [Theory]
    [InlineData("The two states signed a border treaty in 2016. Three years later, the treaty lapsed.", "2019", TimePrecision.Year)]
    [InlineData("Rebels took the port in March 2019. A year later, the army retook it.", "2020-03", TimePrecision.Month)]
    [InlineData("The envoy arrived on 3 May 2021. A year later, he left.", "2022-05", TimePrecision.Month)]
    [InlineData("The envoy arrived on 3 May 2021. A week later, he left.", "2021-05-10", TimePrecision.Day)]
    [InlineData("The ceasefire collapsed in June 2020, two months earlier than planned.", "2020-04", TimePrecision.Month)]
    [InlineData("The two states signed a border treaty in 2016. The next year, they opened a customs post.", "2017", TimePrecision.Year)]
    public void APeriodCountedFromTheDateNamedBefore_FollowsThatDate(string text, string value, TimePrecision precision)
    {
        // The counted period is the text's last date; the one before is its anchor.
        var (_, date) = Pipelines.Mentions(text, MentionKind.Date, Published)[^1];
        Assert.Equal((value, precision), (date.Time!.Value, date.Time.Precision));
    }

    [Fact]
    public void APeriodCountedWithNoDateBefore_IsLeftAlone() =>
        Assert.Empty(Pipelines.Mentions("Three years later, the treaty lapsed.", MentionKind.Date, Published));

    [Fact]
    public void APeriodCountedFromADateNamedSentencesBack_IsLeftAlone() =>
        Assert.DoesNotContain(Pipelines.Mentions("Troops crossed the border on 3 May 2021. Talks followed. Aid arrived. \"A year later, we still stand,\" the president said.",
            MentionKind.Date, Published), d => d.Text.EndsWith("later", StringComparison.Ordinal));

    [Fact]
    public void TheNextYearAheadOfTheDayOfWriting_IsCountedFromIt()
    {
        var date = Assert.Single(Pipelines.Mentions("The treaty was signed in 2016, and talks on a new one are due over the next year.", MentionKind.Date, Published),
            d => d.Text.EndsWith("next year", StringComparison.Ordinal)).Mention;
        Assert.Equal("2026", date.Time!.Value);
    }
}
