namespace Parley.Tests.Events;

/// <summary>
/// "agreed to a truce after talks in Doha": talks told without an article after "after" are the news the agreement came
/// out of, an event told there, and what the agreement looks forward to does not make them future; talks named with an
/// article ("after the Jeddah meeting") stay the setting of a meeting told elsewhere (text written for these tests).
/// </summary>
public sealed class TalksAnAgreementCameAfterTests
{
    [Fact]
    public void TalksAfterWhichPartiesAgreed_AreAnEventTold()
    {
        var events = EventCodingTests.Code("Chile and Bolivia agreed to reopen their border on Monday after talks in Doha.");
        var talks = Assert.Single(events, e => e.Category.Type == "CONSULT");
        Assert.Equal(Parley.Events.EventModality.Asserted, talks.Modality);
    }

    [Fact]
    public void TalksNamedByTheirVenue_AreAnEventTold()
    {
        var events = EventCodingTests.Code("Chile and Bolivia agree to reopen border after Geneva talks");
        Assert.Single(events, e => e.Category.Type == "CONSULT");
    }

    [Fact]
    public void AMeetingNamedWithAnArticle_StaysTheSetting()
    {
        var events = EventCodingTests.Code("Chile restored fuel deliveries to Bolivia after the Geneva meeting.");
        Assert.DoesNotContain(events, e => e.Category.Type == "CONSULT");
    }
}
