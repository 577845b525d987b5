namespace Parley.Tests.Events;

/// <summary>
/// A hotline two sides say they will set up is a pledge between them, still to come (sentences written for these tests).
/// </summary>
public sealed class PromisedHotlineTests
{
    [Theory]
    [InlineData("Seoul and Tokyo said on Friday they would set up a military hotline to avoid clashes at sea.")]
    [InlineData("The two defence ministers will set up a new hotline between their navies, officials said.")]
    public void AHotlineToBeSetUp_IsAPledge(string text) =>
        Assert.Contains(EventCodingTests.Code(text), e => e.Category.Type == "AGREE");
}
