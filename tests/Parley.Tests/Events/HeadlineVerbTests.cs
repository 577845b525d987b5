namespace Parley.Tests.Events;

/// <summary>
/// Headlines tell their event in the present tense, where a bare "signs" could be a noun ("signs of strain"), so the
/// present form needs what the verb acts on (sentences written for these tests): a bill signed into law or land signed
/// away is a signing (SUPPORT).
/// </summary>
public sealed class HeadlineVerbTests
{
    [Theory]
    [InlineData("Governor signs $4 billion flood relief bill")]
    [InlineData("The president signs the new border legislation into law.")]
    [InlineData("Denmark signs away its claim to the disputed islet")]
    public void SigningABillOrSigningAway_IsASigning(string text) =>
        Assert.Contains(EventCodingTests.Code(text), e => e.Category.Type == "SUPPORT");

    [Fact]
    public void SignsOfStrain_AreNoSigning() =>
        Assert.DoesNotContain(EventCodingTests.Code("There were signs of strain between the allies over the new law."),
            e => e.Category.Type == "SUPPORT");
}
