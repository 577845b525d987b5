namespace Parley.Tests.Events;

/// <summary>A vehicle told with its load that arrives somewhere makes no diplomatic visit (sentences written for these tests).</summary>
public sealed class ArrivalOfLoadTests
{
    [Theory]
    [InlineData("Buses carrying freed detainees arrived in Gaza City late on Monday.")]
    [InlineData("A cargo ship laden with 30,000 tonnes of maize docked in Mombasa on Sunday.")]
    public void AVehicleWithItsLoad_MakesNoVisit(string sentence) =>
        Assert.DoesNotContain(EventCodingTests.Code(sentence), e => e.Category is { Type: "CONSULT", Mode: "visit" });

    [Fact]
    public void ANamedPersonCarried_StillVisits() =>
        Assert.Contains(EventCodingTests.Code("A military plane carrying Antony Blinken landed in Kyiv on Wednesday."),
            e => e.Category is { Type: "CONSULT", Mode: "visit" });
}
