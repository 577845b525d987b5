using Parley.Mentions;
using Parley.Tests.Support;

namespace Parley.Tests.Mentions;

/// <summary>
/// ", five months after …", "comes two years after …": the act after the phrase is counted back from the time of the clause
/// before it, or from the publication date for the news told with "comes" (sentences written for these tests, published
/// 19 February 2025).
/// </summary>
public sealed class PeriodBeforeActDateTests
{
    private const string Published = "2025-02-19";

    [Theory]
    [InlineData("The two ports reopened in October 2021, four months after the floods destroyed the docks.", "2021-06", TimePrecision.Month)]
    [InlineData("The rebels signed the accord in 2019, two years after the army retook the capital.", "2017", TimePrecision.Year)]
    [InlineData("The talks opened in March 2020, a year before the election.", "2021-03", TimePrecision.Month)]
    [InlineData("The summit comes three months after the two navies clashed near the reef.", "2024-11", TimePrecision.Month)]
    public void APeriodBeforeAnAct_IsCountedFromTheTimeOfItsClause(string text, string value, TimePrecision precision)
    {
        var date = Assert.Single(Pipelines.Mentions(text, MentionKind.Date, Published), d => d.Text.EndsWith("after", StringComparison.Ordinal)
            || d.Text.EndsWith("before", StringComparison.Ordinal)).Mention;
        Assert.Equal((value, precision), (date.Time!.Value, date.Time.Precision));
    }

    [Fact]
    public void APeriodBeforeAnActWithNoTimeToCountFrom_IsLeftAlone() =>
        Assert.Empty(Pipelines.Mentions("The ports reopened, four months after the floods destroyed the docks.", MentionKind.Date, Published));

    [Fact]
    public void TheActAfterThePeriod_IsDatedByIt()
    {
        var clash = Assert.Single(Parley.Tests.Events.EventCodingTests.Code("The two states restored ties in October 2021, four months after their troops clashed on the border.", Published),
            e => e.Category.Type == "ASSAULT");
        Assert.Equal("2021-06", clash.Date?.Time?.Value);
    }
}
