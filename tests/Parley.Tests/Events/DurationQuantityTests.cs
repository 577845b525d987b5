using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>How long an event lasts is one of its quantities; a span of time that dates it is not (sentences written for these tests).</summary>
public sealed class DurationQuantityTests
{
    [Theory]
    [InlineData("Armenia and Azerbaijan agreed to a 60-day ceasefire on Tuesday.", 60, "days")]
    [InlineData("Israel and Hamas agreed on Wednesday to a four-day pause in the fighting.", 4, "days")]
    [InlineData("Turkey closed its border crossings with Syria for three weeks after the attack.", 21, "days")]
    [InlineData("Sudan's army agreed to reopen the crossing with Chad for at least three months.", 3, "months")]
    [InlineData("Rwanda pledged to withdraw its forces from the border area within 45 days.", 45, "days")]
    [InlineData("A court in Minsk sentenced the opposition activist to 10 years in prison on Friday.", 10, "years in prison")]
    public void ALengthOfTime_MeasuresTheEvent(string text, int value, string unit)
    {
        var quantities = EventCodingTests.Code(text).SelectMany(e => e.Quantities);
        Assert.Contains(quantities, q => q.Value == value && q.Unit == unit);
    }

    [Theory]
    [InlineData("Two days later, Russian forces shelled the town of Kupiansk.")]
    [InlineData("Hamas freed the last hostages on Monday, three weeks after the truce took effect.")]
    [InlineData("The envoy said he would return to Kyiv in two weeks for more talks.")]
    public void ALengthOfTimeThatDatesAnAct_IsNoQuantity(string text)
    {
        var events = EventCodingTests.Code(text);
        Assert.NotEmpty(events);
        Assert.DoesNotContain(events.SelectMany(e => e.Quantities), q => q.Unit is "days" or "months");
    }
}
