namespace Parley.Tests.Events;

/// <summary>
/// Words that look like a cue but tell, here, a setting, a condition, a judgement or a thing described: no event of that
/// type (the NONE lines of events/patterns.tsv; sentences written for these tests).
/// </summary>
public sealed class SettingAndConditionWordsTests
{
    [Theory]
    [InlineData("Iran said it would not attend the next round of talks while it is under attack.", "ASSAULT")]
    [InlineData("Brazil's president called the ruling an unacceptable attack on press freedom.", "ASSAULT")]
    [InlineData("About 800 Ukrainian soldiers backed by tanks crossed the border, the ministry said.", "SUPPORT")]
    [InlineData("Officials said the measures need the backing of all member states.", "SUPPORT")]
    [InlineData("Kyiv sent a team headed by the defence minister to the talks in Riyadh.", "AID")]
    [InlineData("The letter, sent last week by the army chief, said the base agreement had expired.", "AID")]
    [InlineData("The president, elected in March on a pledge to restore full sovereignty, met the envoy on Monday.", "AGREE")]
    public void TheWords_TellNoEventOfThatType(string text, string type) =>
        Assert.DoesNotContain(EventCodingTests.Code(text, "2025-06-01"), e => e.Category.Type == type);

    [Fact]
    public void AConvoyThatCameUnderAttack_IsAttacked() =>
        Assert.Contains(EventCodingTests.Code("A convoy came under attack near the town on Sunday.", "2025-06-01"), e => e.Category.Type == "ASSAULT");
}
