namespace Parley.Tests.Events;

/// <summary>
/// Which words of a sentence, and which types, put its events in a PLOVER context, as the gold codes them
/// (sentences written for these tests).
/// </summary>
public sealed class ContextCueTests
{
    private static Parley.Events.PloverEvent Only(string text, string type) =>
        Assert.Single(EventCodingTests.Code(text), e => e.PloverCategory.Type == type);

    [Theory]
    [InlineData("Germany condemned the arrest of the journalist on Monday.", "ACCUSE")]
    [InlineData("Hungary rejected Poland's request on Friday.", "REJECT")]
    public void DiplomaticProtestsAndRefusals_AreDiplomatic(string text, string type) =>
        Assert.Contains("diplomatic", Only(text, type).Contexts);

    [Theory]
    [InlineData("Thousands rallied in Nairobi against the tax bill on Tuesday.", "PROTEST", "economic")]
    [InlineData("Thousands rallied in Nairobi against the tax bill on Tuesday.", "PROTEST", "legislative")]
    [InlineData("Thousands of students joined pro-democracy rallies in Bangkok on Sunday.", "PROTEST", "pro_democracy")]
    [InlineData("Al-Shabaab fighters attacked a hotel in Mogadishu on Friday.", "ASSAULT", "terrorism")]
    [InlineData("Chinese coast guard ships blocked a Philippine supply boat near the shoal on Monday.", "COERCE", "territory")]
    [InlineData("Police arrested a suspect in Bratislava on Wednesday.", "COERCE", "crime")]
    [InlineData("The Netherlands accused Russia of the deportation of children on Monday.", "ACCUSE", "human_rights")]
    [InlineData("Hamas released 12 hostages on Friday.", "RETREAT", "humanitarian")]
    [InlineData("Washington and Beijing agreed on Thursday to pause their trade war.", "AGREE", "economic")]
    public void TheWordsOfItsSentence_AddTheirContext(string text, string type, string context) =>
        Assert.Contains(context, Only(text, type).Contexts);

    [Theory]
    [InlineData("Rebels killed 12 civilians in a village on Sunday.", "ASSAULT", "humanitarian")]
    [InlineData("Protesters rallied in Belgrade on Sunday.", "PROTEST", "rights_freedoms")]
    [InlineData("Israeli jets struck a village in southern Lebanon on Sunday, the health ministry said.", "ASSAULT", "health")]
    [InlineData("Security forces arrested 40 students in Tbilisi on Sunday.", "COERCE", "military")]
    [InlineData("Gunmen attacked a border post in the north on Monday.", "ASSAULT", "territory")]
    [InlineData("Washington and Beijing agreed on Thursday to pause their trade war.", "AGREE", "military")]
    public void WordsThatNameTheVictimsTheSourceOrAGuardPost_AddNoContext(string text, string type, string context) =>
        Assert.DoesNotContain(context, Only(text, type).Contexts);
}
