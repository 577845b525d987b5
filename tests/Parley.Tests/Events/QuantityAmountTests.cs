namespace Parley.Tests.Events;

/// <summary>How much an amount is and what it counts (sentences written for these tests).</summary>
public sealed class QuantityAmountTests
{
    [Theory]
    [InlineData("Israeli strikes killed more than a dozen people in Gaza on Monday.", 12, "killed")]
    [InlineData("Rebels killed an estimated 400,000 people during the civil war, the UN said.", 400000, "killed")]
    [InlineData("Soldiers killed hundreds of villagers in the north on Sunday.", 100, "killed")]
    public void AnAmount_HasItsValueAndUnit(string text, int value, string unit)
    {
        var quantities = EventCodingTests.Code(text).SelectMany(e => e.Quantities);
        Assert.Contains(quantities, q => q.Value == value && q.Unit == unit);
    }

    [Fact]
    public void ACurrencyWordBeforeANumberWord_IsNoAmount()
    {
        var events = EventCodingTests.Code("The new sanctions on Russian banks will cost Moscow billions of dollars a month, officials said.");
        Assert.NotEmpty(events);
        Assert.DoesNotContain(events.SelectMany(e => e.Quantities), q => q.Value == 1);
    }
}
