namespace Parley.Tests.Events;

/// <summary>
/// A killing told with no weapon names no mode: the weapon, when the story tells it, comes with a cue of its own
/// (sentences written for these tests).
/// </summary>
public sealed class KillingWithoutWeaponTests
{
    [Theory]
    [InlineData("Rebels killed eleven villagers in the north of Mali on Tuesday, officials said.", "killed")]
    [InlineData("The court heard that the officer had murdered a farmer near Kisumu.", "murdered")]
    [InlineData("Amnesty condemned the killing of four aid workers in Darfur.", "killing of")]
    public void AKillingWithNoWeaponTold_HasNoMode(string text, string cue)
    {
        var e = Assert.Single(EventCodingTests.Code(text), e => e.Category.Type == "ASSAULT");
        Assert.Equal(cue, text[e.Trigger.Start..e.Trigger.End]);
        Assert.Null(e.Category.Mode);
    }

    [Fact]
    public void AShootingKeepsItsWeapon()
    {
        const string text = "Gunmen shot dead two police officers in Peshawar on Friday.";
        Assert.Contains(EventCodingTests.Code(text), e => e.Category is { Type: "ASSAULT", Mode: "firearms" });
    }
}
