using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>A negation under a modal, and one with a hedge word further back (sentences written for these tests).</summary>
public sealed class ModalNegationTests
{
    [Fact]
    public void AHedgeWordFurtherBack_LeavesTheNegation() =>
        Assert.Equal(EventModality.Negated, Assert.Single(EventCodingTests.Code(
            "Officials in Manila said they had not seen any written proposal and that no meeting had been confirmed."),
            e => e.Pattern.Form == EventForm.Noun && e.Category.Type == "CONSULT").Modality);

    [Theory]
    [InlineData("The two sides could not hold talks before the deadline, mediators said.")]
    [InlineData("Diplomats said the envoys might still not meet this week.")]
    public void ANegationUnderAModal_IsSpeculationNeverFact(string text)
    {
        var meetings = EventCodingTests.Code(text).Where(e => e.Category.Type == "CONSULT").ToList();
        Assert.NotEmpty(meetings);
        Assert.All(meetings, e => Assert.Equal(EventModality.Hypothetical, e.Modality));
    }
}
