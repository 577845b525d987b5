using Parley.Mentions;
using Parley.Tests.Support;

namespace Parley.Tests.Mentions;

/// <summary>
/// "Days later", "weeks later", "months later": an uncounted span after the date the story named before, kept to the
/// time around that date that it still falls in (sentences written for these tests, published 19 February 2025).
/// </summary>
public sealed class UncountedPeriodDateTests
{
    private const string Published = "2025-02-19";

    [Theory]
    [InlineData("The minister flew to Lima in October 2022. Days later, farmers blocked the highway.", "2022-10", TimePrecision.Month)]
    [InlineData("The envoy arrived on 3 May 2021. Weeks later a second convoy left the port.", "2021-05", TimePrecision.Month)]
    [InlineData("The envoy arrived on 3 May 2021. A few weeks later the convoy left.", "2021-05", TimePrecision.Month)]
    [InlineData("The rebels took the town in 2017. Weeks later they lost it.", "2017", TimePrecision.Year)]
    [InlineData("The rebels took the town in March 2017. Months later they lost it.", "2017", TimePrecision.Year)]
    public void AnUncountedPeriodAfterANamedDate_StaysAroundThatDate(string text, string value, TimePrecision precision)
    {
        var (_, date) = Pipelines.Mentions(text, MentionKind.Date, Published)[^1];
        Assert.Equal((value, precision), (date.Time!.Value, date.Time.Precision));
    }

    [Fact]
    public void AnUncountedPeriodWithNoDateBefore_IsLeftAlone() =>
        Assert.Empty(Pipelines.Mentions("Weeks later, the rebels lost the town.", MentionKind.Date, Published));

    [Fact]
    public void YearsLater_IsNoKnownYear() =>
        Assert.DoesNotContain(Pipelines.Mentions("The rebels took the town in 2017. Years later they lost it.", MentionKind.Date, Published),
            d => d.Text.EndsWith("later", StringComparison.Ordinal));
}
