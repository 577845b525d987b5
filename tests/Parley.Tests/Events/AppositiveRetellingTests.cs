namespace Parley.Tests.Events;

/// <summary>
/// An event noun in apposition to the clause that told the act ("…, a raid that …") names that act again (sentences
/// written for these tests).
/// </summary>
public sealed class AppositiveRetellingTests
{
    [Theory]
    [InlineData("Russian jets bombed a market in Kharkiv on Monday, a raid that killed nine people.", "ASSAULT")]
    [InlineData("Police detained two reporters in Minsk on Friday, an arrest the union called lawless.", "COERCE")]
    public void NounInApposition_IsTheActToldBefore(string text, string type) =>
        Assert.Single(EventCodingTests.Code(text), e => e.Category.Type == type);
}
