namespace Parley.Tests.Events;

/// <summary>
/// Advice against travel to a country, and people travelling on their own account, name no visit to it (sentences
/// written for these tests).
/// </summary>
public sealed class NoVisitTravelTests
{
    [Theory]
    [InlineData("Japan urged its nationals to avoid travelling to South Korea.")]
    [InlineData("The foreign ministry advised citizens against travel to Venezuela.")]
    [InlineData("Some 400 refugees have arrived in Uganda since the weekend.")]
    [InlineData("Pilgrims travelled to Saudi Arabia for the hajj.")]
    public void TravelThatIsNoDiplomacy_IsNoVisit(string text) =>
        Assert.DoesNotContain(EventCodingTests.Code(text), e => e.Category is { Type: "CONSULT", Mode: "visit" });
}
