namespace Parley.Tests.Events;

/// <summary>
/// An act aimed at someone whose sentence names no target goes to the party that most often stood across from the
/// actor in the events told before: the other side of the story's dyad (short stories written for these tests).
/// </summary>
public sealed class CounterpartRecipientTests
{
    [Fact]
    public void SanctionNamingNoTarget_GoesToTheActorsCounterpartInTheStory()
    {
        var events = EventCodingTests.Code("Algeria expelled two French diplomats on Monday. France recalled its ambassador from Algeria on Tuesday.\n\n"
                                           + "Algeria imposed sanctions on Wednesday.");
        var sanction = Assert.Single(events, e => e.Category is { Type: "SANCTION", Mode: "discontinue" });
        Assert.Equal(["FRA"], sanction.Recipients.Select(r => r.Code));
    }

    [Fact]
    public void OneEarlierEventAlone_IsNoDyad()
    {
        var events = EventCodingTests.Code("Algeria expelled two French diplomats on Monday.\n\nAlgeria imposed sanctions on Wednesday.");
        var sanction = Assert.Single(events, e => e.Category is { Type: "SANCTION", Mode: "discontinue" });
        Assert.Empty(sanction.Recipients);
    }

    [Fact]
    public void ActOfATypeDoneAlone_TakesNoCounterpart()
    {
        var events = EventCodingTests.Code("Algeria expelled two French diplomats on Monday. France recalled its ambassador from Algeria on Tuesday.\n\n"
                                           + "Algeria mobilized its reserves on Wednesday.");
        var mobilization = Assert.Single(events, e => e.Category.Type == "MOBILIZE");
        Assert.Empty(mobilization.Recipients);
    }
}
