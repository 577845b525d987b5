namespace Parley.Tests.Events;

/// <summary>Advice against travel to a country names no visit to it (sentences written for these tests).</summary>
public sealed class TravelAdviceTests
{
    [Theory]
    [InlineData("Japan urged its nationals to avoid travelling to South Korea.")]
    [InlineData("The foreign ministry advised citizens against travel to Venezuela.")]
    public void AdviceAgainstTravel_IsNoVisit(string text) =>
        Assert.DoesNotContain(EventCodingTests.Code(text), e => e.Category is { Type: "CONSULT", Mode: "visit" });
}
