namespace Parley.Tests.Events;

/// <summary>"Separate talks", "another crowd": a noun told with such a word is one more act of its kind (sentences written for these tests).</summary>
public sealed class SeparateTalksTests
{
    [Fact]
    public void SeparateTalksBetweenTheSameSides_AreASecondMeeting() =>
        Assert.Equal(2, EventCodingTests.Code("Officials from Sudan and Chad held talks in Doha on Monday on the border dispute. "
            + "Separate talks between Sudan and Chad on trade took place in Cairo.").Count(e => e.Category.Type == "CONSULT"));

    [Fact]
    public void TheTalksToldAgain_StayOneMeeting() =>
        Assert.Single(EventCodingTests.Code("Officials from Sudan and Chad held talks in Doha on Monday on the border dispute. "
            + "The talks between Sudan and Chad took place in a hotel near the airport."), e => e.Category.Type == "CONSULT");
}
