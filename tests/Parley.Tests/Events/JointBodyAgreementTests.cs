namespace Parley.Tests.Events;

/// <summary>
/// Parties setting up a body they will run together agree to cooperate (PLOVER AGREE), whatever the body is for
/// (sentences written for these tests).
/// </summary>
public sealed class JointBodyAgreementTests
{
    [Theory]
    [InlineData("Armenia and Azerbaijan are to set up a joint border mechanism by the end of the year.")]
    [InlineData("Ethiopia and Eritrea will establish a joint military committee to oversee the withdrawal.")]
    [InlineData("Thailand and Cambodia agreed on Monday to create a joint observer team along the frontier.")]
    [InlineData("Sudan and South Sudan set up a joint oil technical committee in Juba on Tuesday.")]
    public void SettingUpAJointBody_IsAnAgreement(string text) =>
        Assert.Contains(EventCodingTests.Code(text, "2025-06-01"), e => e.Category.Type == "AGREE");
}
