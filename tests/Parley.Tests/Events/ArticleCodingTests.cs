using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>Rules of event coding that need more than one sentence: a headline and its lead, violence told before (written for these tests).</summary>
public sealed class ArticleCodingTests
{
    [Fact]
    public void AHeadlineEventWithoutCues_IsToldAsTheLeadTellsIt()
    {
        var events = EventCodingTests.Code("Baltic Security Talks: Ministers Expected to Focus on Drones\n\n" +
            "Defence ministers of Estonia and Latvia are expected to meet in Riga to discuss drone defences, according to reports.\n\n" +
            "Officials say a joint statement could follow.");
        var meeting = Assert.Single(events, e => e.Category.Type == "CONSULT");
        Assert.Equal(EventModality.Hypothetical, meeting.Modality);
        Assert.Equal("AGREE", meeting.PloverCategory.Type);
    }

    [Fact]
    public void AHeadlineVerbAfterTo_IsFuture()
    {
        var events = EventCodingTests.Code("Nordic Leaders to Meet in Oslo\n\n" +
            "Energy prices and Arctic security are expected to dominate the agenda, officials said.");
        Assert.Equal(EventModality.Future, Assert.Single(events, e => e.Category.Type == "CONSULT").Modality);
    }

    [Fact]
    public void AHeadlineEvent_KeepsItsModality_WhenOnlyALaterParagraphSpeaksOfItOtherwise()
    {
        var events = EventCodingTests.Code("Hamas frees three hostages as truce takes hold\n\n" +
            "The truce began on Sunday after a delay of three hours.\n\n" +
            "Hamas is due to free 33 hostages in the first phase of the deal.");
        Assert.Equal(EventModality.Asserted, events.First(e => e.Category.Type == "RETREAT").Modality);
    }

    [Fact]
    public void ATitleCaseHeadlineEvent_WithNoPartyFound_IsTheLeadsEventOfItsKind()
    {
        const string text = "Macron Lands In Hanoi For Trade Talks\n\n" +
            "French President Emmanuel Macron arrived in Vietnam on Sunday for a three-day visit.";
        var events = EventCodingTests.Code(text);
        var visit = Assert.Single(events, e => e.Category.Mode == "visit");
        Assert.Equal(["FRA"], visit.Actors.Select(a => a.Code));
        Assert.Equal(["VNM"], visit.Recipients.Select(r => r.Code));
        Assert.Equal(["Lands In", "arrived in", "visit"], visit.Evidence.Select(s => text[s.Start..s.End]));
    }

    [Fact]
    public void AToll_CountsTheDeadOfViolenceToldBefore_AndIsNoEventOfItsOwn() =>
        Assert.Single(EventCodingTests.Code("Russian drones struck Odesa overnight. At least 12 people were killed, the governor said."),
            e => e.Category.Type == "ASSAULT");

    [Fact]
    public void AToll_WithNoViolenceToldBefore_IsTheEvent() =>
        Assert.Single(EventCodingTests.Code("Three Malian soldiers were killed near Kidal on Monday."), e => e.Category.Type == "ASSAULT");
    [Fact]
    public void AnUndatedHeadlineEvent_TakesTheDayOfTheLead_ButALaterUndatedSentenceDoesNot()
    {
        var events = EventCodingTests.Code("Poland recalls ambassador from Minsk\n\n" +
            "Poland recalled its ambassador from Belarus on Tuesday after a border guard was stabbed. Warsaw also expelled two Belarusian diplomats.");
        Assert.Equal("2025-03-11", Assert.Single(events, e => e.Category is { Type: "SANCTION", Mode: "withdraw" }).Date?.Time?.Value);
        Assert.Null(Assert.Single(events, e => e.Category is { Type: "SANCTION", Mode: "expel" }).Date);
    }

    [Fact]
    public void AMentionTakingThePlaceVisitedForTheVisitor_GivesWayToOneNamingTheVisitor()
    {
        var events = EventCodingTests.Code("China sanctions Pelosi after Taipei visit\n\n" +
            "U.S. House Speaker Nancy Pelosi landed in Taipei on Tuesday, the highest-ranking American official to visit the island in 25 years.");
        var visit = Assert.Single(events, e => e.Category.Mode == "visit");
        Assert.Equal(["USA"], visit.Actors.Select(a => a.Code));
        Assert.Equal(["TWN"], visit.Recipients.Select(r => r.Code).Distinct());
    }
}
