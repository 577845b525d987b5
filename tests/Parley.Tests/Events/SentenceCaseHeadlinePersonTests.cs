namespace Parley.Tests.Events;

/// <summary>
/// A headline in sentence case capitalises only names, so a title and a name the lexicons lack make a person there, as in
/// running text (sentences written for these tests).
/// </summary>
public sealed class SentenceCaseHeadlinePersonTests
{
    [Fact]
    public void TitledUnknownNameInHeadline_IsWhomTheReleaseBefalls()
    {
        var events = EventCodingTests.Code("Azerbaijan frees opposition figure Tofig Yagublu after talks\n\nThe decision was announced in Baku on Friday.");
        var release = Assert.Single(events, e => e.Category.Type == "RETREAT");
        Assert.Equal(["AZE"], release.Recipients.Select(r => r.Code));
    }
}
