namespace Parley.Tests.Events;

/// <summary>A deal told by its participle alone is the agreement (sentences written for these tests).</summary>
public sealed class ParticipleDealTests
{
    [Theory]
    [InlineData("Under a deal reached in March, Turkish engineers have taken over the port.")]
    [InlineData("The accord, reached through Qatari mediation between Kigali and Kinshasa, took effect on Friday.")]
    public void DealToldByItsParticiple_IsAnAgreement(string sentence) =>
        Assert.Contains(EventCodingTests.Code(sentence), e => e.Category.Type == "AGREE");
}
