namespace Parley.Tests.Events;

/// <summary>
/// A threat aimed at whoever did the act just before it keeps that recipient to itself: an event whose parties are
/// carried from the threat does not inherit the guess (sentences written for these tests).
/// </summary>
public sealed class AnswerNotCarriedTests
{
    private const string Text = "North Korea fired a ballistic missile over northern Japan on Monday. Tokyo vowed to respond firmly.\n\n"
                                + "The launches are the latest in a string of missile tests this year.";

    [Fact]
    public void TheThreat_IsAimedAtTheShooter()
    {
        var threat = Assert.Single(EventCodingTests.Code(Text, "2025-06-01"), e => e.Category.Type == "THREATEN");
        Assert.Equal("PRK", Assert.Single(threat.Recipients).Code);
    }

    [Fact]
    public void TheTestsTold_After_DoNotTakeTheThreatsRecipient()
    {
        var tests = Assert.Single(EventCodingTests.Code(Text, "2025-06-01"), e => e.Category.Type == "MOBILIZE");
        Assert.Empty(tests.Recipients);
    }
}
