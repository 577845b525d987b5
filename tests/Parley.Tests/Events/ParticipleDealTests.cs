namespace Parley.Tests.Events;

/// <summary>A deal told by its participle alone is the agreement (sentences written for these tests).</summary>
public sealed class ParticipleDealTests
{
    [Fact]
    public void DealReached_IsAnAgreement()
    {
        var events = EventCodingTests.Code("Under a deal reached in March, Turkish engineers have taken over the port.");
        Assert.Contains(events, e => e.Category.Type == "AGREE");
    }

    [Fact]
    public void AgreementCommaReached_IsAnAgreement()
    {
        var events = EventCodingTests.Code("The accord, reached through Qatari mediation between Kigali and Kinshasa, took effect on Friday.");
        Assert.Contains(events, e => e.Category.Type == "AGREE");
    }
}
