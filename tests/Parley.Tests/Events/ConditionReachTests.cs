using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// What a condition ("if") and a hyphenated describer ("would-be") do not reach: an aside on a party, a statement of its own
/// after the condition, and the acts told of a described noun (sentences written for these tests, published 12 March 2025).
/// </summary>
public sealed class ConditionReachTests
{
    [Fact]
    public void AnAsideInsideTheCondition_TellsWhatThePartyDid()
    {
        var attacks = EventCodingTests.Code("The truce could collapse if the Free Valley Front, which has attacked army posts in Mali since 2019, launches another raid.")
            .Where(e => e.Category.Type == "ASSAULT").OrderBy(e => e.Trigger.Start).ToArray();
        Assert.Equal([EventModality.Historical, EventModality.Hypothetical], attacks.Select(e => e.Modality));
    }

    [Fact]
    public void AnAsideAfterTheCondition_IsNotPartOfIt()
    {
        var events = EventCodingTests.Code("If the judges agree, the colonel, who seized power in a coup in March 2020, could be arrested abroad.");
        Assert.Equal(EventModality.Historical, events.Where(e => e.Category.Type == "COERCE").MinBy(e => e.Trigger.Start)!.Modality);
    }

    [Fact]
    public void AStatementJoinedAfterTheCondition_IsToldAsFact()
    {
        var events = EventCodingTests.Code("Canada could seek sanctions if the sailors were not freed, and Ottawa has told its citizens not to travel to Eritrea.");
        Assert.Equal(EventModality.Asserted, events.Where(e => e.Category.Type == "SANCTION").MaxBy(e => e.Trigger.Start)!.Modality);
    }

    [Fact]
    public void AWouldBeDescriber_SpeaksOfItsNounNotOfTheActsToldOfIt()
    {
        var detention = Assert.Single(EventCodingTests.Code("Among those released on Friday were several would-be candidates detained before the vote."),
            e => e.Category.Type == "COERCE");
        Assert.Equal(EventModality.Asserted, detention.Modality);
    }
}
