using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>Cues of disapproval and of threats told as warnings or as force not ruled out (sentences written for these tests).</summary>
public sealed class DisapprovalAndWarningCueTests
{
    [Theory]
    [InlineData("Seoul had objected to the verdict in the strongest terms, the ministry said.")]
    [InlineData("The prime minister called Ankara's position terrible on Monday.")]
    [InlineData("The president called the storming of the ministry treasonous.")]
    [InlineData("Two junior ministers were suspended over posts that mocked the Indian prime minister.")]
    public void Disapproval_IsAccuse(string text) =>
        Assert.Contains(EventCodingTests.Code(text), e => e.Category is { Type: "ACCUSE", Mode: "disapprove" });

    [Theory]
    [InlineData("Russia's embassy in Ottawa warned that the howitzers would burn.")]
    [InlineData("The interior minister warned that the organisers of the riots would be punished.")]
    public void AWarningThatItsObjectWillSuffer_IsAThreat(string text) =>
        Assert.Contains(EventCodingTests.Code(text), e => e.Category.Type == "THREATEN");

    [Fact]
    public void AWarningThatForesees_IsNoThreat() =>
        Assert.DoesNotContain(EventCodingTests.Code("Aid groups warned that the harvest would fail."), e => e.Category.Type == "THREATEN");

    [Theory]
    [InlineData("The defence minister refused to rule out military action against the rebel camps.")]
    [InlineData("Hanoi said it did not rule out strikes on the island's airfield.")]
    public void ForceNotRuledOut_IsAThreat(string text) =>
        Assert.Contains(EventCodingTests.Code(text), e => e.Category.Type == "THREATEN");

    /// <summary>Not ruling out a step other than force only declines to refuse it.</summary>
    [Theory]
    [InlineData("The chancellor refused to rule out sending engineers to the border region.")]
    [InlineData("Oslo said it did not rule out closer trade ties with Hanoi.")]
    public void OtherStepsNotRuledOut_AreNoThreat(string text) =>
        Assert.DoesNotContain(EventCodingTests.Code(text), e => e.Category.Type == "THREATEN");

    [Fact]
    public void AChallengeInCourt_Alleges() =>
        Assert.Contains(EventCodingTests.Code("The bar association challenged in court the government's decision to deploy the army."),
            e => e.Category is { Type: "ACCUSE", Mode: "allege" });
}
