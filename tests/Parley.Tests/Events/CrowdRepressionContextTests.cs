namespace Parley.Tests.Events;

/// <summary>
/// Force used on a crowd in the street is repression, not military or legal work, and the crowd's words give no
/// context of their own (sentences written for these tests).
/// </summary>
public sealed class CrowdRepressionContextTests
{
    [Fact]
    public void PoliceFiringOnProtesters_IsRepression()
    {
        var events = EventCodingTests.Code("Police fired live rounds at protesters outside parliament on Tuesday.", "2025-06-25");
        var assault = Assert.Single(events, e => e.Category.Type == "ASSAULT");
        Assert.Contains("repression", assault.Contexts);
        Assert.DoesNotContain("military", assault.Contexts);
    }

    [Fact]
    public void ArrestingDemonstrators_IsRepression()
    {
        var events = EventCodingTests.Code("Police arrested 40 demonstrators in the capital on Sunday.", "2025-06-25");
        var arrest = Assert.Single(events, e => e.Category.Type == "COERCE");
        Assert.Contains("repression", arrest.Contexts);
        Assert.DoesNotContain("legal", arrest.Contexts);
        Assert.DoesNotContain("crowd", arrest.Contexts);
    }

    [Fact]
    public void AnArrestWithNoCrowd_StaysLegal()
    {
        var events = EventCodingTests.Code("Police arrested the former minister in the capital on Sunday.", "2025-06-25");
        Assert.Contains("legal", Assert.Single(events, e => e.Category.Type == "COERCE").Contexts);
    }
}
