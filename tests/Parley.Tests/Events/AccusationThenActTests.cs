using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>What an accuser then does is its own act, not part of the allegation (sentences written for these tests).</summary>
public sealed class AccusationThenActTests
{
    [Fact]
    public void ActsCoordinatedAfterTheAllegation_AreReportedAsFact()
    {
        var events = EventCodingTests.Code("Delhi blamed Islamabad for the massacre, suspended a water-sharing treaty and expelled two defence attaches.");
        Assert.Equal(EventModality.Hypothetical, Assert.Single(events, e => e.Category.Type == "ASSAULT").Modality);
        Assert.All(events.Where(e => e.Category.Type == "SANCTION"), e => Assert.Equal(EventModality.Asserted, e.Modality));
        Assert.Equal(2, events.Count(e => e.Category.Type == "SANCTION"));
    }

    [Fact]
    public void TheAllegationsOwnGerunds_StayHypothetical()
    {
        var attacks = EventCodingTests.Code("Moscow accused Kyiv of shelling the plant and killing two guards.").Where(e => e.Category.Type == "ASSAULT").ToList();
        Assert.NotEmpty(attacks);
        Assert.All(attacks, e => Assert.Equal(EventModality.Hypothetical, e.Modality));
    }
}
