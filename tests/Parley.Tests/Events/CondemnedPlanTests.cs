namespace Parley.Tests.Events;

/// <summary>
/// "The plan" and "the deployment" name any act told before, like "the move": a condemnation of one is aimed at whoever
/// did the latest act by another side (sentences written for these tests).
/// </summary>
public sealed class CondemnedPlanTests
{
    [Theory]
    [InlineData("Lithuania sent 3,000 troops to its border with Belarus on Monday. Minsk called the deployment a provocation.", "LTU")]
    [InlineData("Hungary vetoed the EU sanctions package on Monday. Polish lawmakers condemned the plan.", "HUN")]
    public void APlanCondemned_IsAimedAtItsDoer(string text, string recipient)
    {
        var e = Assert.Single(EventCodingTests.Code(text), e => e.Category.Type == "ACCUSE");
        Assert.Equal(recipient, Assert.Single(e.Recipients).Code);
    }
}
