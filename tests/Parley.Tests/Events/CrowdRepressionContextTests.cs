namespace Parley.Tests.Events;

/// <summary>
/// Force used on a crowd in the street is repression, not military or legal work, and the crowd's words give no
/// context of their own (sentences written for these tests).
/// </summary>
public sealed class CrowdRepressionContextTests
{
    [Theory]
    [InlineData("Police fired live rounds at protesters outside parliament on Tuesday.", "ASSAULT", "military")]
    [InlineData("Police arrested 40 demonstrators in the capital on Sunday.", "COERCE", "legal")]
    public void ForceOnACrowd_IsRepression(string text, string type, string typeContext)
    {
        var force = Assert.Single(EventCodingTests.Code(text, "2025-06-25"), e => e.Category.Type == type);
        Assert.Contains("repression", force.Contexts);
        Assert.DoesNotContain(typeContext, force.Contexts);
        Assert.DoesNotContain("crowd", force.Contexts);
    }

    [Fact]
    public void AnArrestWithNoCrowd_StaysLegal()
    {
        var events = EventCodingTests.Code("Police arrested the former minister in the capital on Sunday.", "2025-06-25");
        Assert.Contains("legal", Assert.Single(events, e => e.Category.Type == "COERCE").Contexts);
    }
}
