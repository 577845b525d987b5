namespace Parley.Tests.Events;

/// <summary>
/// A threat strikes no one yet: the place where it is made (an embassy's city) is its setting, not whom it is aimed at
/// (sentences written for these tests).
/// </summary>
public sealed class ThreatSettingTests
{
    [Theory]
    [InlineData("Russia's embassy in Oslo warned that the ships would burn.", "NOR")]
    [InlineData("Iran's embassy in Rome warned that the tankers would burn.", "ITA")]
    public void ThePlaceAThreatIsMadeIn_IsNoRecipient(string text, string setting)
    {
        var events = EventCodingTests.Code(text);
        Assert.Contains(events, e => e.Category.Type == "THREATEN");
        Assert.DoesNotContain(events, e => e.Category.Type == "THREATEN" && e.Recipients.Exists(r => r.Code == setting));
    }
}
