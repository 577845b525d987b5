using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// Two-sided violence ("border fighting", "clashes") keeps every side as an actor and has no recipient: the place
/// where it happens names no victim, and the sides of an act told before it all take part (sentences written for these tests).
/// </summary>
public sealed class TwoSidedViolenceRecipientTests
{
    [Theory]
    [InlineData("Kenya and Somalia signed a truce in Ethiopia after three weeks of border fighting.")]
    [InlineData("Peru and Ecuador agreed a ceasefire in Brazil after days of deadly fighting.")]
    public void FightingInAThirdCountry_HasNoRecipient(string sentence) =>
        Assert.All(EventCodingTests.Code(sentence).Where(e => e.Category.Type == "ASSAULT"), e => Assert.Empty(e.Recipients));

    [Theory]
    [InlineData("Iranian border guards fired on Taliban fighters on Sunday. Analysts say more fighting could break out if the drought worsens.", "IRN", "AFG")]
    [InlineData("Ugandan troops shelled rebel positions in Congo on Monday. Diplomats fear the fighting could resume within days.", "UGA", "COD")]
    public void FightingAfterAnAttack_TakesBothSidesAsActors(string text, string attacker, string attacked)
    {
        var fighting = Assert.Single(EventCodingTests.Code(text), e => e.Category.Type == "ASSAULT" && e.Modality == EventModality.Hypothetical);
        Assert.Equal([attacker, attacked], fighting.Actors.Select(a => a.Code));
        Assert.Empty(fighting.Recipients);
    }
}
