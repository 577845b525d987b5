namespace Parley.Tests.Events;

/// <summary>
/// A headline word that only names a meeting as the setting of another act is a mention of the meeting the lead then
/// tells (articles written for these tests).
/// </summary>
public sealed class HeadlineSettingNamedLaterTests
{
    private const string Article = "Warsaw recalls envoy after Duda-Orban meeting collapses\n\n"
        + "Poland recalled its ambassador from Budapest on Monday, two days after a meeting between President Andrzej Duda "
        + "and Prime Minister Viktor Orban ended in a shouting match.";

    [Fact]
    public void TheHeadlinesMeeting_IsEvidenceOfTheLeadsMeeting()
    {
        var meeting = Assert.Single(EventCodingTests.Code(Article), e => e.Category.Type == "CONSULT");
        Assert.Equal(2, meeting.Evidence.Count);
        Assert.Equal("meeting", Article[meeting.Evidence[0].Start..meeting.Evidence[0].End]);
    }
}
