namespace Parley.Tests.Events;

/// <summary>Cues found missing or false on new articles: an army takeover and its bid, full control taken, a person
/// thrown to the ground, ties severed, a raid called authoritarian, a case taken to court, prisoners who remain behind
/// bars (sentences written for these tests).</summary>
public sealed class CoupAndBeatingCueTests
{
    [Theory]
    [InlineData("The army takeover was condemned by the African Union.", "COERCE", "seize")]
    [InlineData("A coup bid by junior officers failed on Sunday.", "COERCE", "seize")]
    [InlineData("Officers said they had taken full control of the country.", "COERCE", "seize")]
    [InlineData("The diplomat said he was thrown to the ground by police officers.", "ASSAULT", "beat")]
    [InlineData("Hungary severed diplomatic ties with Kosovo on Monday.", "SANCTION", "discontinue")]
    [InlineData("Talon vowed that those behind the plot would be punished.", "THREATEN", "violence")]
    [InlineData("The president called the raid an authoritarian act.", "ACCUSE", "disapprove")]
    [InlineData("Mexico said it would take the case to the International Court of Justice.", "ACCUSE", "allege")]
    public void TheCue_IsFound(string sentence, string type, string mode) =>
        Assert.Single(EventCodingTests.Code(sentence), e => e.Category.Type == type && e.Category.Mode == mode);

    [Fact]
    public void PrisonersWhoRemainBehindBars_AreNoArrest() =>
        Assert.Empty(EventCodingTests.Code("Rights groups say more than 1,100 people remain behind bars."));
}
