namespace Parley.Tests.Events;

/// <summary>
/// A question put to someone asks for an answer, not for an act; asking whether a party could act is still a request
/// (sentences written for these tests).
/// </summary>
public sealed class QuestionsAskedTests
{
    [Theory]
    [InlineData("At the briefing, the chancellor was asked whether she still trusted the Kremlin.")]
    [InlineData("At the news conference, reporters asked about the stalled grain deal.")]
    [InlineData("The prime minister was asked if the sanctions had worked.")]
    public void AQuestion_IsNoRequest(string text) =>
        Assert.DoesNotContain(EventCodingTests.Code(text), e => e.Category.Type == "REQUEST");

    [Fact]
    public void AskingIfAPartyCouldAct_IsARequest() =>
        Assert.Contains(EventCodingTests.Code("Lithuania asked if Germany could send another brigade to its border."),
            e => e.Category.Type == "REQUEST");
}
