using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// A year long past named in a relative clause ("Georgia, which cut ties with Moscow in 2008, …") sets only that clause in
/// the background, not the news of the sentence around it (sentences written for these tests).
/// </summary>
public sealed class RelativeClauseBackgroundTests
{
    [Fact]
    public void AnUndatedActBesideARelativeClauseOfThePast_IsNews() =>
        Assert.Equal(EventModality.Asserted, Assert.Single(EventCodingTests.Code("Georgia, which cut diplomatic ties with Moscow in 2008, offered to send rescuers to Turkey."),
            e => e.Category.Type == "AGREE").Modality);

    [Fact]
    public void TheActOfTheRelativeClause_IsBackground() =>
        Assert.Equal(EventModality.Historical, Assert.Single(EventCodingTests.Code("Georgia, which cut diplomatic ties with Moscow in 2008, offered to send rescuers to Turkey."),
            e => e.Category.Type == "SANCTION").Modality);

    [Fact]
    public void ASentenceSetInThePastOutsideARelativeClause_StaysBackground() =>
        Assert.Equal(EventModality.Historical, Assert.Single(EventCodingTests.Code("Georgia offered to send rescuers to Turkey, as it had in 2008."),
            e => e.Category.Type == "AGREE").Modality);
}
