namespace Parley.Tests.Events;

/// <summary>
/// A "since" date dates a perfect act as the start of its span, and a date followed by "when" dates the act of the
/// when-clause (sentences written for these tests).
/// </summary>
public sealed class SpanAndWhenDateTests
{
    [Fact]
    public void APerfectActSinceAYear_IsDatedByThatYear()
    {
        var events = EventCodingTests.Code("The militia, which has killed hundreds of villagers since 2016, signed a truce on Monday.", "2025-03-12");
        Assert.Equal("2016", Assert.Single(events, e => e.Category.Type == "ASSAULT").Date?.Time?.Value);
    }

    [Fact]
    public void AFirstSinceAYear_DoesNotDateTheAct()
    {
        var events = EventCodingTests.Code("Greek and Turkish ministers held talks in Athens on Monday, the first since 2019.", "2025-03-12");
        Assert.Equal("2025-03-10", Assert.Single(events, e => e.Category.Type == "CONSULT").Date?.Time?.Value);
    }

    [Fact]
    public void AWhenClauseAfterAMonth_IsDatedByThatMonth()
    {
        var events = EventCodingTests.Code("Ties soured in March 2023, when Honduras broke off relations with Taiwan.", "2025-03-12");
        Assert.Equal("2023-03", Assert.Single(events, e => e.Category.Type == "SANCTION").Date?.Time?.Value);
    }
}
