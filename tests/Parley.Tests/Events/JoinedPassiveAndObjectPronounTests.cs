namespace Parley.Tests.Events;

/// <summary>
/// A participle joined by "and" (and "later") to a passive across its adjuncts befalls the passive's subject; an object pronoun
/// that ends a cue ("free him") is whom the act is done to; and an object pronoun coreference took for the subject's own person
/// stands for the other person named before it (sentences written for these tests).
/// </summary>
public sealed class JoinedPassiveAndObjectPronounTests
{
    [Theory]
    [InlineData("Former Peruvian President Ollanta Humala was arrested in Lima in 2017 and later sentenced to 15 years in prison.", "SANCTION", "PER")]
    [InlineData("Belarusian President Alexander Lukashenko was questioned in Minsk on Monday and then detained.", "COERCE", "BLR")]
    public void AParticipleJoinedToAPassiveAcrossItsAdjuncts_BefallsItsSubject(string text, string type, string recipient)
    {
        var e = EventCodingTests.Code(text, "2025-06-01").Last(e => e.Category.Type == type);
        Assert.Equal(recipient, Assert.Single(e.Recipients).Code);
        Assert.DoesNotContain(e.Actors, a => a.Code == recipient && a.Sector is not "JUD" and not "POL");
    }

    [Fact]
    public void AnActiveVerbBetween_KeepsTheLaterVerbActive()
    {
        var e = EventCodingTests.Code("Colombian President Gustavo Petro was criticised in Bogota and later accused the Venezuelan government of fraud.", "2025-06-01")
            .First(e => e.Category.Type == "ACCUSE" && e.Recipients.Exists(r => r.Code == "VEN"));
        Assert.Equal("COL", Assert.Single(e.Actors).Code);
    }

    [Fact]
    public void AnObjectPronounEndingTheCue_IsTheRecipient()
    {
        var e = EventCodingTests.Code("American journalist Evan Gershkovich has been held in Moscow since March. Russia could free him within weeks, diplomats said.", "2025-06-01")
            .Last(e => e.Category.Type is "RETREAT" or "CONCEDE");
        Assert.Equal("USA", Assert.Single(e.Recipients).Code);
    }

    [Fact]
    public void AnObjectPronounTakenForTheSubject_StandsForTheOtherPersonNamedBefore()
    {
        var e = EventCodingTests.Code("Guatemalan President Bernardo Arevalo confronted Defence Minister Henry Saenz in the palace on Monday and ordered him to pull his soldiers back.", "2025-06-01")
            .First(e => e.Category.Type == "REQUEST");
        Assert.Equal("Henry Saenz", Assert.Single(e.Recipients).Name);
    }
}
