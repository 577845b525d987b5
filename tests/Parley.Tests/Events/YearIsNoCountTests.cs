namespace Parley.Tests.Events;

/// <summary>A year that dates an act is not a count of what the act moves (sentences written for these tests).</summary>
public sealed class YearIsNoCountTests
{
    [Theory]
    [InlineData("In 2021 Poland sent troops to the border.", 2021)]
    [InlineData("In 2019 Moscow deployed soldiers along the frontier.", 2019)]
    public void AYearBeforeTheNoun_IsNoCount(string text, int year)
    {
        var events = EventCodingTests.Code(text);
        Assert.NotEmpty(events);
        Assert.DoesNotContain(events.SelectMany(e => e.Quantities), q => q.Value == year);
    }

    [Fact]
    public void ACountOfTheSameDigits_StillCounts()
    {
        var events = EventCodingTests.Code("Poland sent 2,000 troops to the border on Monday.");
        Assert.Contains(events.SelectMany(e => e.Quantities), q => q.Value == 2000 && q.Unit == "troops");
    }
}
