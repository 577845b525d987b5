namespace Parley.Tests.Events;

/// <summary>A participle with its "by" right after a party's noun describes that party (sentences written for these tests).</summary>
public sealed class BackedByPartyTests
{
    [Theory]
    [InlineData("Houthi fighters backed by Iran seized a cargo ship in the Red Sea on Sunday.")]
    [InlineData("About 2,000 Ukrainian soldiers backed by tanks crossed the border on Tuesday.")]
    public void BackedByAfterAParty_IsNoSupport(string text) =>
        Assert.DoesNotContain(EventCodingTests.Code(text), e => e.Category.Type == "SUPPORT");

    [Fact]
    public void BackedByAfterABeForm_IsSupport() =>
        Assert.Contains(EventCodingTests.Code("The resolution was backed by France and Germany on Monday."), e => e.Category.Type == "SUPPORT");
}
