namespace Parley.Tests.Events;

/// <summary>
/// Legal acts as the gold codes them: a warrant sought or obtained and a bounty threaten arrest, a conviction told with its
/// date or court is the verdict, and a charge "over" or "with" a crime accuses (sentences written for these tests).
/// </summary>
public sealed class LegalActCueTests
{
    [Theory]
    [InlineData("Prosecutors in Lima seek arrest of former president Castillo.")]
    [InlineData("Prosecutors obtained a warrant on Monday for the arrest of the former mayor.")]
    [InlineData("Washington raised its bounty on the militia commander to $10 million.")]
    public void AWarrantSoughtOrABounty_ThreatensArrest(string text)
    {
        var events = EventCodingTests.Code(text);
        Assert.Contains(events, e => e.Category is { Type: "THREATEN", Mode: "arrest" });
        Assert.DoesNotContain(events, e => e.Category is { Type: "COERCE", Mode: "arrest" });
    }

    [Theory]
    [InlineData("The former governor, who is charged with taking bribes, did not appear in court.")]
    [InlineData("The detained editor has not been charged with any crime, his lawyer said.")]
    public void AChargeWithACrime_AccusesAndArrestsNoOne(string text) =>
        Assert.Equal(["ACCUSE"], EventCodingTests.Code(text).Where(e => e.Category.Type is "ACCUSE" or "COERCE").Select(e => e.Category.Type));

    [Fact]
    public void AConvictionWithItsDate_IsAVerdict() =>
        Assert.Contains(EventCodingTests.Code("The appeal follows the mayor's conviction on March 3 by a court in Quito."),
            e => e.Category is { Type: "SANCTION", Mode: "convict" });

    [Fact]
    public void AConvictionThatIsABelief_IsNoVerdict() =>
        Assert.DoesNotContain(EventCodingTests.Code("The minister spoke with conviction about the reform."), e => e.Category.Type == "SANCTION");

    [Fact]
    public void AChargeOverACrime_Accuses() =>
        Assert.Contains(EventCodingTests.Code("A judge in Lyon charged a Moroccan driver over the robbery of a bank."),
            e => e.Category is { Type: "ACCUSE", Mode: "allege" });
}
