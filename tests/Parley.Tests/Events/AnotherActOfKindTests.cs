namespace Parley.Tests.Events;

/// <summary>
/// "also" before a verb tells one more act of a kind told before, not that act again (sentences written for these tests):
/// a second person sentenced, a second country cutting ties, even when both are coded alike.
/// </summary>
public sealed class AnotherActOfKindTests
{
    [Fact]
    public void SecondConvictionToldWithAlso_IsAnEventOfItsOwn() =>
        Assert.Equal(2, EventCodingTests.Code("A court in Dhaka sentenced the former minister Anwar Hossain to death on Monday. "
            + "His deputy, Rashid Karim, also received the death penalty.").Count(e => e.Category.Type == "SANCTION"));

    [Fact]
    public void RetellingWithoutAlso_StillMerges() =>
        Assert.Single(EventCodingTests.Code("A court in Dhaka sentenced the former minister Anwar Hossain to death on Monday. "
            + "The court sentenced Hossain to death for the killing of protesters."), e => e.Category.Type == "SANCTION");
}
