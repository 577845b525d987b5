namespace Parley.Tests.Events;

/// <summary>A withdrawal from several countries named together is from each of them (sentences written for these tests).</summary>
public sealed class WithdrawalFromSeveralCountriesTests
{
    [Theory]
    [InlineData("Since 2021, Russian troops have also left Georgia, Armenia and Moldova.", new[] { "ARM", "GEO", "MDA" })]
    [InlineData("British forces withdrew from Iraq, Afghanistan and Oman last year.", new[] { "AFG", "IRQ", "OMN" })]
    public void EveryCountryLeft_IsARecipient(string sentence, string[] countries)
    {
        var withdrawal = Assert.Single(EventCodingTests.Code(sentence), e => e.Category.Type == "RETREAT");
        Assert.Equal(countries.Order(), withdrawal.Recipients.Select(r => r.Code).Distinct().Order());
    }
}
