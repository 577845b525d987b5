using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>"has not ruled out fresh strikes": a denial denied leaves the act possible (sentences written for these tests).</summary>
public sealed class DeniedDenialTests
{
    [Theory]
    [InlineData("Tehran has not ruled out fresh strikes on militant camps in the border region.", "ASSAULT", EventModality.Hypothetical)]
    [InlineData("Tehran has not ruled out fresh strikes on militant camps in the border region.", "REJECT", EventModality.Negated)]
    [InlineData("Tehran ruled out fresh strikes on militant camps in the border region.", "ASSAULT", EventModality.Negated)]
    public void ADeniedDenial_LeavesTheActPossible(string text, string type, EventModality expected) =>
        Assert.Equal(expected, Assert.Single(EventCodingTests.Code(text), e => e.Category.Type == type).Modality);
}
