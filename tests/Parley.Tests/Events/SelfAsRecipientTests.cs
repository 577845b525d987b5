namespace Parley.Tests.Events;

/// <summary>
/// A pronoun in what is said that takes up the actor ("condemned what he called …") is no one acted on: no named person
/// is the recipient of their own act (sentences written for these tests).
/// </summary>
public sealed class SelfAsRecipientTests
{
    [Fact]
    public void APronounTakingUpTheActor_IsNoRecipient()
    {
        var condemnation = Assert.Single(EventCodingTests.Code(
            "UN Secretary-General Antonio Guterres condemned what he called an unconstitutional seizure of power in Niger."), e => e.Category.Type == "ACCUSE");
        Assert.DoesNotContain(condemnation.Recipients, r => r.Code == "UN");
    }

    [Fact]
    public void APronounForAnotherPerson_StaysTheRecipient()
    {
        var threat = Assert.Single(EventCodingTests.Code("President Volodymyr Zelensky said Putin wanted to kill him."), e => e.Category.Type == "ASSAULT");
        Assert.Equal("UKR", Assert.Single(threat.Recipients).Code);
    }
}
