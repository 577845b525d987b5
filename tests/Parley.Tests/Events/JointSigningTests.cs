namespace Parley.Tests.Events;

/// <summary>
/// Those who sign an agreement with each other act together; a signing only offered stays an offer to the other side,
/// and a participle after the signing goes on with its subject alone (sentences written for these tests).
/// </summary>
public sealed class JointSigningTests
{
    [Theory]
    [InlineData("Chile signed a fisheries accord with Peru on Friday.", "CHL", "PER")]
    [InlineData("Egypt signs a water treaty with the Sudanese government.", "EGY", "SDN")]
    public void ASigningWithAnother_HasBothAsActors(string text, string signer, string partner)
    {
        var e = Assert.Single(EventCodingTests.Code(text), e => e.Category.Type == "SUPPORT");
        Assert.Equal(new[] { signer, partner }.Order(), e.Actors.Select(a => a.Code).Order());
        Assert.Empty(e.Recipients);
    }

    [Fact]
    public void ASigningOffered_IsMadeToTheOtherSide()
    {
        var events = EventCodingTests.Code("Fiji said it was ready to sign a security pact with Australia.");
        var e = Assert.Single(events, e => e.Recipients.Count > 0);
        Assert.Equal("AUS", Assert.Single(e.Recipients).Code);
    }

    [Fact]
    public void AParticipleAfterTheSigning_IsTheSignersAlone()
    {
        var events = EventCodingTests.Code("Japanese Prime Minister Shigeru Ishiba signed a defence pact with Philippine President Ferdinand Marcos Jr, promising that Japan would help the Philippines.");
        var e = Assert.Single(events, e => e.Category.Type == "AGREE");
        Assert.Equal("JPN", Assert.Single(e.Actors).Code);
        Assert.Contains(e.Recipients, r => r.Code == "PHL");
    }
}
