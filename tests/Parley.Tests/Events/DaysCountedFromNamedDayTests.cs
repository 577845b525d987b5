namespace Parley.Tests.Events;

/// <summary>"two days later" and "the same day" count from the last day the text named, itself perhaps counted
/// ("Two days later … the same day"), not from publication (sentences written for these tests).</summary>
public sealed class DaysCountedFromNamedDayTests
{
    private const string Text = "Rebels stormed the town of Goz on June 3. Two days later, government troops shelled rebel positions near Goz. "
                                + "The African Union suspended Chad the same day.";

    [Fact]
    public void TwoDaysLater_IsTwoDaysAfterTheDayNamedBefore()
    {
        var shelling = Assert.Single(EventCodingTests.Code(Text, "2025-06-20"), e => e.Category.Type == "ASSAULT" && e.Date?.Time?.Value != "2025-06-03");
        Assert.Equal("2025-06-05", shelling.Date?.Time?.Value);
    }

    [Fact]
    public void TheSameDay_IsTheDayCountedJustBefore()
    {
        var suspension = Assert.Single(EventCodingTests.Code(Text, "2025-06-20"), e => e.Category.Type == "SANCTION");
        Assert.Equal("2025-06-05", suspension.Date?.Time?.Value);
    }
}
