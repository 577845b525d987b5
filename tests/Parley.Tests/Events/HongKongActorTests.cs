namespace Parley.Tests.Events;

/// <summary>Hong Kong's courts and government act as Hong Kong (HKG), not as China (sentences written for these tests).</summary>
public sealed class HongKongActorTests
{
    [Fact]
    public void AHongKongCourt_IsHongKongs()
    {
        var e = EventCodingTests.Code("A Hong Kong court sentenced twelve activists to prison on Monday. Britain condemned the verdicts.", "2025-06-01")
            .First(e => e.Category.Type == "SANCTION");
        Assert.Equal("HKG", Assert.Single(e.Actors).Code);
    }
}
