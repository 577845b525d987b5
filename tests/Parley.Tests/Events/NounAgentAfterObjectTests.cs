namespace Parley.Tests.Events;

/// <summary>
/// A verb cue read as a noun takes a "by" phrase after its "of" phrase, or after its possessive, as its doer
/// (sentences written for these tests).
/// </summary>
public sealed class NounAgentAfterObjectTests
{
    [Fact]
    public void TheByPhraseAfterTheOfPhrase_IsTheDoer()
    {
        var release = Assert.Single(EventCodingTests.Code("Families gathered in Kyiv after the release of 40 Ukrainian soldiers by Russia on Sunday."),
            e => e.Category is { Type: "RETREAT", Mode: "release" });
        Assert.Equal(["RUS"], release.Actors.Select(a => a.Code).Distinct());
        Assert.Equal(["UKR"], release.Recipients.Select(a => a.Code).Distinct());
    }

    [Fact]
    public void AfterAPossessive_TheByPhraseIsTheDoer_AndTheSubjectWhomItIsDoneTo()
    {
        var release = Assert.Single(EventCodingTests.Code("Three French aid workers flew home on Friday after their release by Mali."),
            e => e.Category is { Type: "RETREAT", Mode: "release" });
        Assert.Equal(["MLI"], release.Actors.Select(a => a.Code).Distinct());
        Assert.Equal(["FRA"], release.Recipients.Select(a => a.Code).Distinct());
    }
}
