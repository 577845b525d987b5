namespace Parley.Tests.Events;

/// <summary>
/// A headline's bare "summit", which no cue takes, names the summit the lead tells (articles written for these tests).
/// </summary>
public sealed class HeadlineWordNamesLeadMeetingTests
{
    private const string Lead = "Leaders of fourteen Pacific island states signed a fisheries pact on Thursday at the end of a three-day summit in Suva.";

    [Theory]
    [InlineData("Pacific states sign fisheries pact at Fiji summit\n\n" + Lead, "summit|a three-day summit")]
    [InlineData(Lead, "a three-day summit")]
    public void TheLeadsSummit_IsNamedByTheHeadlinesWordIfAny(string text, string evidence)
    {
        var summit = Assert.Single(EventCodingTests.Code(text), e => e.Category.Type == "CONSULT");
        Assert.Equal(evidence, string.Join('|', summit.Evidence.Select(s => text[s.Start..s.End])));
    }
}
