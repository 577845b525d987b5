namespace Parley.Tests.Events;

/// <summary>
/// A passive with no "by" inside what someone says befalls the reported clause's own subject, not the sayer; a pronoun
/// there takes the sayer up (sentences written for these tests).
/// </summary>
public sealed class ReportedPassiveSubjectTests
{
    [Fact]
    public void TheSayer_IsNotWhomAReportedPassiveBefell()
    {
        var killing = Assert.Single(EventCodingTests.Code("The World Health Organization says at least 40 people were killed in Goma on Monday."),
            e => e.Category.Type == "ASSAULT");
        Assert.DoesNotContain(killing.Recipients, r => r.Code == "WHO");
    }

    [Fact]
    public void APronounTakingUpTheSayer_IsWhomItBefell()
    {
        var attack = Assert.Single(EventCodingTests.Code("Ukraine said it was attacked overnight."), e => e.Category.Type == "ASSAULT");
        Assert.Equal("UKR", Assert.Single(attack.Recipients).Code);
    }
}
