namespace Parley.Tests.Events;

/// <summary>
/// A leader's trip to a place of his own country is a visit to that place: the place stays its recipient though it is
/// coded as the visitor is (stories written for these tests).
/// </summary>
public sealed class HomeVisitTests
{
    [Fact]
    public void TripToAPlaceAtHome_KeepsThePlaceAsRecipient()
    {
        var events = EventCodingTests.Code("President William Ruto arrived in Mombasa on Friday, two days after floods swept through the port.");
        var visit = Assert.Single(events, e => e.Category is { Type: "CONSULT", Mode: "visit" });
        Assert.Equal("KEN", Assert.Single(visit.Recipients).Code);
    }

    [Fact]
    public void AgreementWithItself_StillLosesTheRecipient()
    {
        var events = EventCodingTests.Code("Kenya reaffirmed Kenya's commitment to the peace plan on Friday.");
        Assert.DoesNotContain(events, e => e.Category.Type == "AGREE" && e.Recipients.Exists(r => r.Code == "KEN"));
    }
}
