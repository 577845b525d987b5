using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>A negated verb of knowing denies the knowing, not the event it is about (sentences written for these tests).</summary>
public sealed class NegatedKnowingTests
{
    [Theory]
    [InlineData("The Kremlin said it had not been briefed on the Ankara talks.")]
    [InlineData("Seoul said it was not informed of the talks in advance.")]
    public void TheEventKnownOf_IsNotNegated(string text) =>
        Assert.NotEqual(EventModality.Negated, Assert.Single(EventCodingTests.Code(text, "2025-06-01"), e => e.Category.Type == "CONSULT").Modality);

    [Fact]
    public void ANegatedEventItself_StaysNegated() =>
        Assert.Equal(EventModality.Negated, Assert.Single(EventCodingTests.Code("Moscow did not hold talks with Kyiv.", "2025-06-01"), e => e.Category.Type == "CONSULT").Modality);
}
