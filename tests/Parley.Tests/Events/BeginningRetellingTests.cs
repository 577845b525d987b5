namespace Parley.Tests.Events;

/// <summary>
/// A sentence opening with a definite noun of an act told before and saying when it began ("The marches began …
/// on March 3") retells that act and gives its day, though an earlier sentence dated it by the report (sentences
/// written for these tests).
/// </summary>
public sealed class BeginningRetellingTests
{
    [Fact]
    public void ProtestsToldWhenTheyBegan_AreTheProtestsToldBefore_OnTheirFirstDay()
    {
        var events = EventCodingTests.Code("The Serbian government resigned on Friday, giving in to weeks of protests by students.\n\n" +
            "The protests began outside the university in Belgrade on March 3 over a collapsed railway station roof.", "2025-03-22");
        Assert.Equal("2025-03-03", Assert.Single(events, e => e.Category.Type == "PROTEST").Date?.Time?.Value);
    }

    [Fact]
    public void ACeasefireToldWhenItTookEffect_IsTheCeasefireToldBefore()
    {
        var events = EventCodingTests.Code("A ceasefire between Israel and Hezbollah appeared to be holding on Thursday after a calm night.\n\n" +
            "The truce took effect at 4 a.m. on Wednesday.", "2024-11-28");
        Assert.Equal("2024-11-27", Assert.Single(events, e => e.Category.Type == "RETREAT").Date?.Time?.Value);
    }

    [Fact]
    public void ANounOfAnotherKind_KeepsItsOwnDayAndAct()
    {
        var events = EventCodingTests.Code("Israeli jets struck the defence ministry in Damascus on Wednesday.\n\n" +
            "The fighting erupted on Sunday when tribal militias clashed near Sweida.", "2025-07-17");
        Assert.Contains(events, e => e.Category.Type == "ASSAULT" && e.Date?.Time?.Value == "2025-07-16");
    }
}
