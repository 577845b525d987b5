using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// A predicate saying that the event a noun names never took place ("fell through", "was cancelled") negates that noun,
/// whatever planned it; the same words before a verb cue, or far from the noun, leave it alone (sentences written for
/// these tests).
/// </summary>
public sealed class FailedEventTests
{
    [Theory]
    [InlineData("Officials in Lima said a signing planned for Tuesday fell through.", "SUPPORT")]
    [InlineData("The visit of the Chilean foreign minister was cancelled after the storm.", "CONSULT")]
    public void ANounWhosePredicateSaysItNeverHappened_IsNegated(string sentence, string type) =>
        Assert.Contains(EventCodingTests.Code(sentence), e => e.Category.Type == type && e.Modality == EventModality.Negated);

    [Fact]
    public void TheSameNounWithoutThatPredicate_IsAsserted() =>
        Assert.Contains(EventCodingTests.Code("The visit of the Chilean foreign minister took place after the storm."),
            e => e.Category.Type == "CONSULT" && e.Modality == EventModality.Asserted);

    [Fact]
    public void APredicateBeyondAClauseBreak_DoesNotReachTheNoun() =>
        Assert.Contains(EventCodingTests.Code("Peru welcomed the visit, and a second meeting in Quito was cancelled."),
            e => e.Category.Type == "CONSULT" && e.Modality == EventModality.Asserted);
}
