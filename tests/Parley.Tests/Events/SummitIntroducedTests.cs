namespace Parley.Tests.Events;

/// <summary>
/// A summit told with "a" is one held, brought into the story, and is a meeting of its own; "the summit" is only the
/// setting of the act told in it. A summit so brought in is not an earlier or later meeting, nor a side meeting, takes
/// no parties from the act told before, and the act a comma and a participle tell after its topic stays an act
/// (sentences written for these tests).
/// </summary>
public sealed class SummitIntroducedTests
{
    private static bool IsSummit(Parley.Events.PloverEvent e) => e.Category is { Type: "CONSULT", Mode: "multilateral" };

    [Theory]
    [InlineData("Canada and Mexico agreed at a summit in Ottawa on Tuesday to cut tariffs.")]
    [InlineData("Brazil blocked the trade plan at a two-day summit in Lima in March.")]
    public void SummitBroughtInWithA_IsAMeeting(string text) =>
        Assert.Contains(EventCodingTests.Code(text), IsSummit);

    [Fact]
    public void TheSummit_IsOnlyASetting() =>
        Assert.DoesNotContain(EventCodingTests.Code("Japan and Australia signed a defence pact at the summit in Tokyo."), IsSummit);

    [Fact]
    public void AnEarlierSummit_IsAnotherMeeting() =>
        Assert.Equal(2, EventCodingTests.Code("Gulf leaders agreed at a summit in Doha to form a joint fund. "
            + "They had first backed the idea at a summit in Muscat.").Count(IsSummit));

    [Fact]
    public void ASideMeeting_IsNotTheSummit() =>
        Assert.Equal(2, EventCodingTests.Code("Orban had stalled the fund at a summit in May, leaving Kyiv short of cash. "
            + "Diplomats said Orban gave way after a breakfast meeting with Macron and Scholz.").Count(e => e.Category.Type == "CONSULT"));

    [Fact]
    public void ASummit_TakesNoPartiesFromTheActBefore()
    {
        var summit = Assert.Single(EventCodingTests.Code("Italy pledged new aid to Kenya on Monday. "
            + "Allies first agreed on such aid at a summit in Oslo in 2015."), IsSummit);
        Assert.DoesNotContain(summit.Actors, a => a.Code == "ITA");
    }

    [Fact]
    public void AParticipleAfterTheTopic_IsAnActOfItsOwn() =>
        Assert.Contains(EventCodingTests.Code("Forty states backed a statement at the end of a summit on peace in Sudan on Sunday, "
            + "calling for an immediate ceasefire."), e => e.Category.Type == "REQUEST");
}
