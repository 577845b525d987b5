namespace Parley.Tests.Events;

/// <summary>
/// A headline's news that the lead retells in a sentence naming one day took place that day, though the day belongs to
/// another clause of the lead ("…, the ministry announced on Friday") (sentences written for these tests).
/// </summary>
public sealed class HeadlineLeadDayTests
{
    [Fact]
    public void AHeadlineExpulsionRetoldByTheLead_TakesTheLeadsOneDay()
    {
        var events = EventCodingTests.Code("Norway expels Russian diplomat\n\n" +
            "Norway has expelled a Russian diplomat after he described the Arctic as a Russian lake, the foreign minister announced on Friday.", "2025-03-15");
        Assert.Equal("2025-03-14", Assert.Single(events, e => e.Category.Type == "SANCTION").Date?.Time?.Value);
    }

    [Fact]
    public void ALeadNamingTwoTimes_DoesNotDateTheHeadlinesNews()
    {
        var events = EventCodingTests.Code("Norway expels Russian diplomat\n\n" +
            "Norway has expelled a Russian diplomat after he described the Arctic as a Russian lake on March 2, the foreign minister announced on Friday.", "2025-03-15");
        Assert.Null(Assert.Single(events, e => e.Category.Type == "SANCTION").Date);
    }
}
