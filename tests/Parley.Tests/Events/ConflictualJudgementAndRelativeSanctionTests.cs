namespace Parley.Tests.Events;

/// <summary>
/// Conflictual events told in ways the plain cues miss (sentences written for these tests): a politician named race-baiting
/// (events/judgements.tsv), and tariffs a relative clause says a side imposed when an easing before has already taken the
/// tariffs as its own object (events/patterns-news.tsv).
/// </summary>
public sealed class ConflictualJudgementAndRelativeSanctionTests
{
    [Fact]
    public void APoliticianCalledRaceBaiting_IsAnAllegation()
    {
        var events = EventCodingTests.Code("Pretoria called the senator a race-baiting politician.", "2025-06-01");
        var e = Assert.Single(events, e => e.Category.Type == "ACCUSE");
        Assert.Equal("allege", e.Category.Mode);
    }

    [Fact]
    public void CurbsItImposed_AfterTheirLifting_AreASanctionToo()
    {
        var events = EventCodingTests.Code("Japan said it was lifting curbs it imposed in 2019 on exports of three chemicals.", "2025-06-01");
        Assert.Contains(events, e => e.Category.Type == "CONCEDE");
        Assert.Contains(events, e => e.Category.Type == "SANCTION");
    }

    [Fact]
    public void TariffsTheyImposed_AfterTheirCut_AreASanctionToo()
    {
        var events = EventCodingTests.Code("The two powers agreed to cut the steep tariffs they imposed on each other's goods.", "2025-06-01");
        Assert.Contains(events, e => e.Category.Type == "SANCTION");
    }
}
