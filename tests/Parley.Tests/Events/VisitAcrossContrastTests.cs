namespace Parley.Tests.Events;

/// <summary>
/// An agreement set against a visit by a contrast word is no gift to the visit's host: the host of the visit is
/// given only to an act told beside it (sentences written for these tests).
/// </summary>
public sealed class VisitAcrossContrastTests
{
    [Theory]
    [InlineData("Russia had not agreed to a ceasefire, though its envoys would fly to Ankara on Monday.", null)]
    [InlineData("Russia agreed to no pause, while its diplomats flew to Ankara on Monday.", null)]
    [InlineData("Ukraine has not agreed to a truce, but its envoys travelled to Riyadh on Tuesday.", null)]
    [InlineData("Israeli negotiators flew to Doha on Sunday, although Israel has not agreed to a truce.", null)]
    [InlineData("Macron flew to Kyiv on Monday and pledged new air defence aid.", "UKR")]
    public void OnlyAnAgreementBesideTheVisit_GoesToTheHost(string text, string? host)
    {
        var agreement = Assert.Single(EventCodingTests.Code(text), e => e.Category.Type == "AGREE");
        Assert.Equal(host is null ? [] : [host], agreement.Recipients.Select(r => r.Code));
    }
}
