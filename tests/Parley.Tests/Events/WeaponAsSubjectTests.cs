namespace Parley.Tests.Events;

/// <summary>Violence told with the weapon or the attacker's trade as the subject (sentences written for these tests).</summary>
public sealed class WeaponAsSubjectTests
{
    [Theory]
    [InlineData("Three rockets landed near the airport in Erbil on Sunday.", "heavy-weapons")]
    [InlineData("Azerbaijani tanks rolled into the town of Lachin.", "heavy-weapons")]
    [InlineData("Kidnappers seized 15 farmers from a village in Zamfara.", "abduct")]
    // The weapon after an article is the subject, not a word describing the next noun.
    [InlineData("A missile strike hit a children's hospital in Kyiv on Monday.", "heavy-weapons")]
    [InlineData("A drone attack hit a fuel depot in the port of Novorossiysk.", "drone")]
    public void TheWeaponOrTheAttacker_TellsTheAssault(string text, string mode) =>
        Assert.Contains(EventCodingTests.Code(text), e => e.Category.Type == "ASSAULT" && e.Category.Mode == mode);
}
