namespace Parley.Tests.Events;

/// <summary>
/// An answer naming no one whose object is a court's decision ("rejected the verdict", "welcomed the ruling") is aimed
/// at the court the story named before it (short stories written for these tests).
/// </summary>
public sealed class CourtRulingAnswerTests
{
    private const string Ruling = "Kenyan court strikes down land law\n\n"
                                  + "NAIROBI — The Supreme Court of Kenya said on Monday that the land law breached the constitution.\n\n";

    [Fact]
    public void RefusalOfTheVerdict_IsAimedAtTheCourt()
    {
        var events = EventCodingTests.Code(Ruling + "Uganda rejected the verdict on Tuesday.");
        var refusal = Assert.Single(events, e => e.Category.Type == "REJECT");
        Assert.Equal(["KEN"], refusal.Recipients.Select(r => r.Code));
    }

    [Fact]
    public void WelcomeOfTheRuling_IsAimedAtTheCourt()
    {
        var events = EventCodingTests.Code(Ruling + "Uganda welcomed the ruling on Tuesday.");
        var welcome = Assert.Single(events, e => e.Category.Type == "SUPPORT");
        Assert.Equal(["KEN"], welcome.Recipients.Select(r => r.Code));
    }

    [Fact]
    public void VerdictOfNoCourtNamed_IsAimedAtNoOne()
    {
        var events = EventCodingTests.Code("Uganda rejected the verdict on Tuesday.");
        var refusal = Assert.Single(events, e => e.Category.Type == "REJECT");
        Assert.Empty(refusal.Recipients);
    }
}
