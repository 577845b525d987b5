namespace Parley.Tests.Events;

/// <summary>
/// A passive with "not" or "never" between its be-form and its verb, or a be-form contracted with "not", names whom it
/// befell (sentences written for these tests).
/// </summary>
public sealed class NegatedPassiveTests
{
    [Theory]
    [InlineData("The summit opened in Vienna on Monday. Iran was not invited.")]
    [InlineData("The talks opened in Vienna on Monday. Iran was never invited.")]
    [InlineData("The talks opened in Vienna on Monday. Iran wasn't invited.")]
    public void TheSubjectOfANegatedPassive_IsTheRecipient(string text)
    {
        var invitation = Assert.Single(EventCodingTests.Code(text), e => e.Category.Type == "AGREE");
        Assert.Empty(invitation.Actors);
        Assert.Equal("IRN", Assert.Single(invitation.Recipients).Code);
    }
}
