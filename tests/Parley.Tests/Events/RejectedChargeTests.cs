namespace Parley.Tests.Events;

/// <summary>Rejecting a charge denies it and is no REJECT event; rejecting a proposal or a ruling still is (sentences
/// written for these tests).</summary>
public sealed class RejectedChargeTests
{
    [Theory]
    [InlineData("Minsk rejected the accusation on Tuesday.")]
    [InlineData("Rwanda was accused of arming the rebels, a charge Kigali dismissed as absurd.")]
    [InlineData("Beijing dismissed the Philippine allegations as groundless.")]
    public void ARejectedCharge_IsNoRejection(string sentence) =>
        Assert.DoesNotContain(EventCodingTests.Code(sentence), e => e.Category.Type == "REJECT");

    [Theory]
    [InlineData("Hamas rejected the proposal on Monday.")]
    [InlineData("A tribunal rejected Beijing's claims to the reef, a ruling China rejects.")]
    public void ARejectedOffer_StaysARejection(string sentence) =>
        Assert.Contains(EventCodingTests.Code(sentence), e => e.Category.Type == "REJECT");
}
