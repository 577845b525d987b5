namespace Parley.Tests.Events;

/// <summary>
/// "freed 30 prisoners as Washington eased sanctions": a name right after "as" is the subject of a clause of its own, not
/// the cue's object; "such as" goes on with the object (sentences written for these tests).
/// </summary>
public sealed class AsClauseObjectTests
{
    [Fact]
    public void NameAfterAs_OpensAClause_AndIsNoObject()
    {
        var release = Assert.Single(EventCodingTests.Code("Cuba freed 30 prisoners as Washington eased sanctions on the island.", "2025-06-01"),
            e => e.Category.Type == "RETREAT");
        Assert.DoesNotContain(release.Recipients, r => r.Code == "USA");
    }

    [Fact]
    public void NameAfterSuchAs_IsStillTheObject()
    {
        var aid = Assert.Single(EventCodingTests.Code("The European Union sent humanitarian aid to countries such as Jordan.", "2025-06-01"),
            e => e.Category.Type == "AID");
        Assert.Contains(aid.Recipients, r => r.Code == "JOR");
    }
}
