namespace Parley.Tests.Events;

/// <summary>
/// The condition of a signed pact ("to defend each other if either is attacked") names what the pact provides for, not an
/// event; a clause set off after the condition ("after a ceremony … was called off") is news of its own (sentences written
/// for these tests).
/// </summary>
public sealed class TreatyConditionTests
{
    private const string Sentence = "The defence ministers of Chile and Peru signed a treaty on Monday committing the two countries to defend each other "
        + "if either is attacked, after a ceremony planned for March was called off.";

    [Fact]
    public void TheAttackAPactProvidesFor_IsNoEvent() =>
        Assert.DoesNotContain(EventCodingTests.Code(Sentence), e => e.Category.Type == "ASSAULT");

    [Fact]
    public void AClauseSetOffAfterTheCondition_IsNotPartOfIt() =>
        Assert.Contains(EventCodingTests.Code(Sentence), e => e.Category.Type == "CONCEDE" && e.Modality == Parley.Events.EventModality.Asserted);
}
