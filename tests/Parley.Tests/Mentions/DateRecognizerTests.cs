using Parley.Mentions;
using Parley.Tests.Support;

namespace Parley.Tests.Mentions;

public sealed class DateRecognizerTests
{
    private const string Published = "2025-02-19"; // a Wednesday

    [Theory]
    [InlineData("Talks opened on 19 February 2025 in Kyiv.", "19 February 2025", "2025-02-19", TimePrecision.Day)]
    [InlineData("Talks opened on Feb. 12, 2025.", "Feb. 12, 2025", "2025-02-12", TimePrecision.Day)]
    [InlineData("The Marine unit deployed on Sept. 3, 1999.", "Sept. 3, 1999", "1999-09-03", TimePrecision.Day)]
    [InlineData("The Declaration was drafted in Dec. 2001.", "Dec. 2001", "2001-12", TimePrecision.Month)]
    [InlineData("The deal was signed 2024-11-05.", "2024-11-05", "2024-11-05", TimePrecision.Day)]
    [InlineData("The memo is dated 19/02/2025.", "19/02/2025", "2025-02-19", TimePrecision.Day)]
    [InlineData("Troops withdrew on February 10.", "February 10", "2025-02-10", TimePrecision.Day)]
    [InlineData("Courts jailed them for the riots of May 9 last year.", "May 9 last year", "2024-05-09", TimePrecision.Day)]
    [InlineData("The vote is due on 3 March next year.", "3 March next year", "2026-03-03", TimePrecision.Day)]
    [InlineData("Talks resumed on December 2 this year.", "December 2 this year", "2025-12-02", TimePrecision.Day)]
    [InlineData("The summit opens in mid-March.", "mid-March", "2025-03", TimePrecision.Month)]
    [InlineData("Fighting intensified in early 2024.", "early 2024", "2024", TimePrecision.Year)]
    [InlineData("Ties were warm in the 1990s.", "the 1990s", "199", TimePrecision.Decade)]
    [InlineData("The envoy arrived on Wednesday.", "Wednesday", "2025-02-19", TimePrecision.Day)]
    [InlineData("The envoy arrived on Monday.", "Monday", "2025-02-17", TimePrecision.Day)]
    [InlineData("The envoy will arrive on Friday.", "Friday", "2025-02-21", TimePrecision.Day)]
    [InlineData("The envoy was expected to arrive on Friday.", "Friday", "2025-02-21", TimePrecision.Day)]
    [InlineData("The hostages are supposed to be freed on Sunday.", "Sunday", "2025-02-23", TimePrecision.Day)]
    [InlineData("Finland will keep the border closed, the minister said on Monday.", "Monday", "2025-02-17", TimePrecision.Day)]
    [InlineData("The army will pull back, a spokesman told reporters on Monday.", "Monday", "2025-02-17", TimePrecision.Day)]
    [InlineData("Ministers recalled the 2022 invasion.", "2022", "2022", TimePrecision.Year)]
    [InlineData("Ministers recalled Putin's 2019 visit to Paris.", "2019", "2019", TimePrecision.Year)]
    [InlineData("Ministers recalled the 2014 Minsk agreements.", "2014", "2014", TimePrecision.Year)]
    [InlineData("Ministers met yesterday.", "yesterday", "2025-02-18", TimePrecision.Day)]
    [InlineData("Ministers met last week.", "last week", "2025-W07", TimePrecision.Week)]
    [InlineData("Ministers meet next month.", "next month", "2025-03", TimePrecision.Month)]
    [InlineData("The war began two years ago.", "two years ago", "2023", TimePrecision.Year)]
    [InlineData("The war began TWO YEARS AGO.", "TWO YEARS AGO", "2023", TimePrecision.Year)]
    [InlineData("Aid was cut earlier this year.", "earlier this year", "2025", TimePrecision.Year)]
    [InlineData("Output fell in the first quarter of 2024.", "the first quarter of 2024", "2024-Q1", TimePrecision.Quarter)]
    [InlineData("The border closed in 2022.", "2022", "2022", TimePrecision.Year)]
    [InlineData("Elections were held in March 2024.", "March 2024", "2024-03", TimePrecision.Month)]
    [InlineData("Exports fell in January.", "January", "2025-01", TimePrecision.Month)]
    [InlineData("During December, prices rose.", "December", "2024-12", TimePrecision.Month)]
    public void Dates_AreFoundAndResolvedAgainstThePublicationDate(string sentence, string text, string value, TimePrecision precision)
    {
        var (found, mention) = Assert.Single(Pipelines.Mentions(sentence, MentionKind.Date, Published));
        Assert.Equal(text, found);
        Assert.Equal(value, mention.Time?.Value);
        Assert.Equal(precision, mention.Time?.Precision);
    }

    [Fact]
    public void BothEndsOfARangeOfYears_AreDates() =>
        Assert.Equal(["2024", "2027"], Pipelines.Mentions("The mission runs from 2024 to 2027 at most.", MentionKind.Date, Published).Select(m => m.Mention.Time?.Value));

    [Fact]
    public void RelativeDates_StayUnresolved_WithoutAPublicationDate()
    {
        var (found, mention) = Assert.Single(Pipelines.Mentions("Ministers met yesterday.", MentionKind.Date));
        Assert.Equal("yesterday", found);
        Assert.Null(mention.Time);
    }

    [Theory]
    [InlineData("The army sent 2000 troops.")]
    [InlineData("Prices rose 3.5 percent.")]
    [InlineData("He may visit Kyiv.")]
    [InlineData("Students marched through Novi Sad.")]
    [InlineData("The talks collapsed on 31 February 2025.")]
    public void NonDates_AreNotDates(string sentence) =>
        Assert.Empty(Pipelines.Mentions(sentence, MentionKind.Date, Published));

    [Fact]
    public void AWeekdayBeforeTheDayItNames_IsThatDay_EvenWithoutAPublicationDate()
    {
        var dates = Pipelines.Mentions("The dam was destroyed early on Tuesday, June 6, 2023, flooding towns.", MentionKind.Date);
        Assert.Equal(["2023-06-06", "2023-06-06"], dates.Select(d => d.Mention.Time?.Value));
    }

    [Fact]
    public void AMonthSinceWhichThingsWentOn_IsTheLastOne() =>
        Assert.Equal("2022-02", Assert.Single(Pipelines.Mentions("It was his first trip abroad since Russian forces invaded in February.", MentionKind.Date, "2022-12-21")).Mention.Time!.Value);

    // Where the counted-day rule starts its scan: at most two words before a "day" the search finds, and every form the
    // rule knows must be found there, or its phrase would be skipped.
    [Theory]
    [InlineData("On June 22 troops struck; the next day they withdrew.", "the next day")]
    [InlineData("Iran retaliated the following day.", "the following day")]
    [InlineData("They met, and the same day signed it.", "the same day")]
    [InlineData("Talks resumed two days later in Doha.", "two days later")]
    [InlineData("Talks had failed a day earlier.", "a day earlier")]
    [InlineData("It withdrew the bill on Wednesday, a day after the protests.", "a day after")]
    [InlineData("It withdrew the bill on Wednesday,  three days before the vote.", "three days before")]
    [InlineData("It withdrew the bill on Wednesday, the day before the vote.", "the day before")]
    [InlineData("It withdrew the bill on Wednesday,10 days after the vote.", "10 days after")]
    public void TheCountedDayScanStartsAtOrBeforeEveryCountedDayPhrase(string text, string phrase)
    {
        var day = DateRecognizer.NextCountedDay(text, 0);

        Assert.True(day >= 0);
        Assert.InRange(DateRecognizer.TwoWordsBefore(text, day), 0, text.IndexOf(phrase, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The talks lasted all day.")]
    [InlineData("Tuesday was quiet, and so was Friday.")]
    [InlineData("Holidays and days off were cancelled.")]
    public void TextsWithoutACountedDayAreSparedTheScan(string text) => Assert.Equal(-1, DateRecognizer.NextCountedDay(text, 0));

    [Fact]
    public void TheNextCountedDayIsSearchedFromTheGivenPosition()
    {
        const string text = "A day later, talks resumed; two days later they ended.";

        Assert.Equal(text.IndexOf("days", StringComparison.Ordinal), DateRecognizer.NextCountedDay(text, text.IndexOf(';')));
    }
}
