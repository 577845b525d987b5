namespace Parley.Tests.Events;

/// <summary>
/// A headline's bare "summit", which no cue takes, names the summit the lead tells (articles written for these tests).
/// </summary>
public sealed class HeadlineWordNamesLeadMeetingTests
{
    private const string Article = "Pacific states sign fisheries pact at Fiji summit\n\n"
        + "Leaders of fourteen Pacific island states signed a fisheries pact on Thursday at the end of a three-day summit in Suva.";

    [Fact]
    public void TheHeadlinesSummit_IsTheFirstEvidenceOfTheLeadsSummit()
    {
        var summit = Assert.Single(EventCodingTests.Code(Article), e => e.Category.Type == "CONSULT");
        Assert.Equal(2, summit.Evidence.Count);
        Assert.Equal("summit", Article[summit.Evidence[0].Start..summit.Evidence[0].End]);
    }

    [Fact]
    public void AWordOfTheBodyOnly_NamesNothing()
    {
        const string body = "Leaders of fourteen Pacific island states signed a fisheries pact on Thursday at the end of a three-day summit in Suva.";
        var summit = Assert.Single(EventCodingTests.Code(body), e => e.Category.Type == "CONSULT");
        Assert.Single(summit.Evidence);
    }
}
