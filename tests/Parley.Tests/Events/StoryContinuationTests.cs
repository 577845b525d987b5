using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// A sentence that goes on with a story told in the past ("then", "later") is set in that past too; and "next" in a date
/// counted from a past one ("The next year") is no word of the future (sentences written for these tests, published 12
/// March 2025).
/// </summary>
public sealed class StoryContinuationTests
{
    [Fact]
    public void AnUndatedActThatGoesOnWithAStoryOfYearsBack_IsBackground() =>
        Assert.Equal(EventModality.Historical, Assert.Single(EventCodingTests.Code(
            "Relations broke down after a border clash in May 2019. Both armies then deployed extra troops to the valley."),
            e => e.Category.Type == "MOBILIZE").Modality);

    [Fact]
    public void AnUndatedActAfterAStoryOfYearsBack_WithoutAWordOfSequence_IsNews() =>
        Assert.Equal(EventModality.Asserted, Assert.Single(EventCodingTests.Code(
            "Relations broke down after a border clash in May 2019. Both armies deployed extra troops to the valley."),
            e => e.Category.Type == "MOBILIZE").Modality);

    [Fact]
    public void AnActThatGoesOnWithAStoryOfYearsBack_OnADayOfItsOwn_IsNews() =>
        Assert.Equal(EventModality.Asserted, Assert.Single(EventCodingTests.Code(
            "Relations broke down after a border clash in May 2019. Both armies then deployed extra troops to the valley on Monday."),
            e => e.Category.Type == "MOBILIZE").Modality);

    [Fact]
    public void AnActInTheNextYearOfAStoryOfYearsBack_IsBackground_NotFuture()
    {
        var e = Assert.Single(EventCodingTests.Code("The island held 40 fishermen who strayed into its waters in 2016. The next year it deported 12 of them to Vietnam."),
            e => e.Category.Type == "COERCE" && e.Category.Mode == "deport");
        Assert.Equal((EventModality.Historical, "2017"), (e.Modality, e.Date?.Time?.Value));
    }
}
