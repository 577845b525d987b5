namespace Parley.Tests.Events;

/// <summary>
/// An act told as later than the day named before it ("and later resigned"), or as a participle describing a noun ("a
/// truce brokered by Moscow"), is not dated by that day (sentences written for these tests).
/// </summary>
public sealed class LaterOrDescriptiveActDateTests
{
    [Fact]
    public void AnActToldLater_IsNotDatedByTheDayBefore()
    {
        var events = EventCodingTests.Code("Rebels shelled the town on Sunday, and the regional governor later resigned.", "2025-05-22");
        Assert.Null(Assert.Single(events, e => e.Category.Type == "RETREAT").Date);
    }

    [Fact]
    public void AnActToldLater_IsNotDatedByAMonthBefore()
    {
        var events = EventCodingTests.Code("The blogger was arrested in March 2021 and later sentenced to ten years in prison.", "2025-05-22");
        Assert.All(events.Where(e => e.Category.Type == "SANCTION"), e => Assert.Null(e.Date));
    }

    [Theory]
    [InlineData("Armenia freed six soldiers on Tuesday under a truce brokered by Moscow.")]
    [InlineData("Kenya freed ten prisoners on Friday in a Qatar-brokered deal.")]
    public void AParticipleDescribingANoun_IsNotDatedByTheDayOfTheSentence(string text)
    {
        var events = EventCodingTests.Code(text, "2025-05-22");
        Assert.NotNull(Assert.Single(events, e => e.Category.Type == "RETREAT").Date);
        Assert.Null(Assert.Single(events, e => e.Category.Type == "CONSULT").Date);
    }

    [Theory]
    // A passive, even with an adverb before its participle, is the act of its own clause.
    [InlineData("On Thursday, the opposition leader was briefly detained by security forces.", "COERCE")]
    [InlineData("The prisoner exchange was brokered by Qatar on Monday.", "CONSULT")]
    public void APassive_KeepsTheDayOfItsClause(string text, string type)
    {
        var events = EventCodingTests.Code(text, "2025-05-22");
        Assert.NotNull(Assert.Single(events, e => e.Category.Type == type).Date);
    }
}
