using Parley.Tests.Events;
using Parley.Tests.Support;

namespace Parley.Tests.Mentions;

/// <summary>
/// "It" opening a sentence before a past verb takes up the state or body the sentence before opened with; an "It"
/// before a be-form points at nothing (sentences written for these tests).
/// </summary>
public sealed class SubjectItTests
{
    [Theory]
    [InlineData("Rebels shelled a market in the north, killing six people. Bamako said the toll could rise. It recalled its envoy from Niamey on Friday.", "SANCTION", "MLI")]
    [InlineData("Ukraine's navy said Russian drones had struck a grain terminal in Izmail. It called the attack a war crime.", "ACCUSE", "UKR")]
    public void It_OpeningASentence_IsTheSubjectOfTheSentenceBefore(string text, string type, string actor)
    {
        var e = Assert.Single(EventCodingTests.Code(text, "2025-06-01"), e => e.Category.Type == type);
        Assert.Equal(actor, Assert.Single(e.Actors).Code);
    }

    [Fact]
    public void It_BeforeABeForm_TakesUpNoOne()
    {
        var document = Pipelines.Process("Kenya's president said the talks had ended. It was the first meeting since March.", "2025-06-01");
        Assert.DoesNotContain(document.Mentions, m => document.Text[m.Start..m.End] == "It");
    }

    [Fact]
    public void It_AfterASentenceOpenedByAPerson_TakesUpNoOne()
    {
        var document = Pipelines.Process("Emmanuel Macron said Paris would help. It sent two planes on Friday.", "2025-06-01");
        Assert.DoesNotContain(document.Mentions, m => document.Text[m.Start..m.End] == "It");
    }
}
