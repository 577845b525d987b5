namespace Parley.Tests.Events;

/// <summary>
/// A verb cue read as a noun takes a "by" phrase after its "of" phrase, or after its possessive, as its doer; the "of"
/// phrase, or the subject the possessive stands for, is whom it is done to (sentences written for these tests).
/// </summary>
public sealed class NounAgentAfterObjectTests
{
    [Theory]
    [InlineData("Families gathered in Kyiv after the release of 40 Ukrainian soldiers by Russia on Sunday.", "RUS", "UKR")]
    [InlineData("Three French aid workers flew home on Friday after their release by Mali.", "MLI", "FRA")]
    public void TheByPhrase_IsTheDoer(string text, string doer, string released)
    {
        var release = Assert.Single(EventCodingTests.Code(text), e => e.Category is { Type: "RETREAT", Mode: "release" });
        Assert.Equal([doer], release.Actors.Select(a => a.Code).Distinct());
        Assert.Equal([released], release.Recipients.Select(a => a.Code).Distinct());
    }
}
