namespace Parley.Tests.Events;

/// <summary>
/// "freed 30 prisoners as Washington eased sanctions": a name right after "as" is the subject of a clause of its own, not
/// the cue's object; "such as" goes on with the object (sentences written for these tests).
/// </summary>
public sealed class AsClauseObjectTests
{
    [Theory]
    [InlineData("Cuba freed 30 prisoners as Washington eased sanctions on the island.", "RETREAT", "USA", false)]
    [InlineData("The European Union sent humanitarian aid to countries such as Jordan.", "AID", "JOR", true)]
    public void NameAfterAs_IsTheObjectOnlyInAList(string text, string type, string code, bool isRecipient)
    {
        var coded = EventCodingTests.Code(text, "2025-06-01");
        Assert.Equal(isRecipient, Assert.Single(coded, e => e.Category.Type == type).Recipients.Exists(r => r.Code == code));
    }
}
