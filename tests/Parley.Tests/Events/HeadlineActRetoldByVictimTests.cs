using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// A headline that tells two acts of one type ("strikes camps in Iraq a week after Izmir massacre") is retold by a lead
/// that names each by whom it was done to: each lead mention joins the headline act of its victim, not the last one told
/// (an article written for these tests).
/// </summary>
public sealed class HeadlineActRetoldByVictimTests
{
    private const string Article = "Turkey strikes camps in Iraq a week after Izmir massacre\n\n" +
        "Turkey fired missiles at six camps in northern Iraq early on Tuesday, saying it had hit militants who planned the killing of 12 police officers in Izmir last week.\n\n" +
        "Baghdad summoned the Turkish ambassador.";

    private static string Words(PloverEvent e) => string.Join(" · ", e.Evidence.Select(m => Article[m.Start..m.End]));

    [Fact]
    public void TheMissilesFiredAtIraq_RetellTheStrikesOnIraq() =>
        Assert.Equal("strikes · fired missiles", Words(Assert.Single(EventCodingTests.Code(Article, "2025-06-04"), e => e.Recipients.Exists(r => r.Code == "IRQ") && e.Category.Type == "ASSAULT")));

    [Fact]
    public void TheKillingInIzmir_RetellsTheMassacre() =>
        Assert.Equal("massacre · killing of", Words(Assert.Single(EventCodingTests.Code(Article, "2025-06-04"), e => e.Recipients.Exists(r => r.Code == "TUR") && e.Category.Type == "ASSAULT")));
}
