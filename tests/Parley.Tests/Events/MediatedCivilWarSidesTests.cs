namespace Parley.Tests.Events;

/// <summary>
/// A mediator of a civil war goes between a government and its rebels named beside it: two sides of one country,
/// which a count of countries took for one (sentences written for these tests).
/// </summary>
public sealed class MediatedCivilWarSidesTests
{
    [Theory]
    [InlineData("Congo's government and the M23 rebels signed a truce in Doha on Monday, with Qatar acting as mediator.")]
    [InlineData("Colombia's government and the ELN rebels signed a truce in Havana on Friday, with Cuba acting as mediator.")]
    public void TheGovernmentAndItsRebels_AreBothRecipients(string text)
    {
        var mediation = Assert.Single(EventCodingTests.Code(text), e => e.Category is { Type: "CONSULT", Mode: "third-party" });
        Assert.Equal(["GOV", "REB"], mediation.Recipients.Select(r => r.Sector).Order());
    }
}
