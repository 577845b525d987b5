using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>Cues that stop at the edge of a clause of their own (sentences written for these tests).</summary>
public sealed class ClauseScopeModalityTests
{
    [Fact]
    public void APlanBeforeAClauseWithItsOwnPerfect_DoesNotReachIt() =>
        Assert.NotEqual(EventModality.Future, Assert.Single(EventCodingTests.Code(
            "The minister said Hanoi would revive a fishing accord with Manila that it had threatened to abandon in 2016."),
            e => e.Category.Type == "THREATEN").Modality);

    [Fact]
    public void ANegationBeforeACommaAndANewClause_DoesNotReachIt() =>
        Assert.Equal(EventModality.Hypothetical, Assert.Single(EventCodingTests.Code(
            "The verdict is not final, and lawyers say Brussels could respond by widening sanctions on the companies."),
            e => e.Category.Type == "SANCTION").Modality);

    [Fact]
    public void ANegatedNoun_LeavesTheActOfItsRelativeClauseTold() =>
        Assert.NotEqual(EventModality.Negated, Assert.Single(EventCodingTests.Code(
            "The fund will pay the victims itself, not the companies that the high court ordered to pay compensation in 2019."),
            e => e.Category.Type == "SANCTION").Modality);
}
