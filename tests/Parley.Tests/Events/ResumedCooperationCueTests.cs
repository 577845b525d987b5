namespace Parley.Tests.Events;

/// <summary>Cooperation told as a return to it, a respect for it or its extension, which PLOVER codes as an agreement when it is to come (sentences written for these tests).</summary>
public sealed class ResumedCooperationCueTests
{
    [Theory]
    [InlineData("Belgrade could return to the dialogue if Pristina drops the new tax, a minister said.", "AGREE")]
    [InlineData("Several governments said they would respect the tribunal's ruling.", "AGREE")]
    [InlineData("Kyiv and Moscow may extend the grain arrangement for another 60 days.", "AGREE")]
    [InlineData("Berlin may resume arms deliveries to Ankara next year.", "AGREE")]
    [InlineData("Doha sent a delegation to Cairo on Sunday.", "CONSULT")]
    public void TheCueTellsItsPloverType(string text, string type) =>
        Assert.Contains(EventCodingTests.Code(text), e => e.PloverCategory.Type == type);

    [Fact]
    public void AReturnAskedFor_IsNoAgreement() =>
        Assert.DoesNotContain(EventCodingTests.Code("The Arab League called for a return to talks on Monday."), e => e.PloverCategory.Type == "AGREE");
}
