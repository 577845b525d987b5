namespace Parley.Tests.Events;

/// <summary>
/// Headlines tell their event in the present tense, where a bare "signs" or "hands" could be a noun or a gesture, so the
/// present form needs what the verb acts on (sentences written for these tests): a bill signed into law or land signed
/// away is a signing (SUPPORT), a captive handed to someone with no "over" is freed (RETREAT release), and a court that
/// jails has convicted as well as jailed, even with no term given.
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

    [Theory]
    [InlineData("Rebels hand captured soldier to the Red Cross")]
    [InlineData("The militia hands two hostages to Qatari mediators.")]
    public void CaptiveHandedTo_IsReleased(string text) =>
        Assert.Contains(EventCodingTests.Code(text), e => e.Category is { Type: "RETREAT", Mode: "release" });

    [Theory]
    [InlineData("Moscow court jails three journalists over protest coverage")]
    [InlineData("A military tribunal jailed the opposition leader on Tuesday.")]
    public void CourtJails_ConvictsAndJails(string text)
    {
        var events = EventCodingTests.Code(text);
        Assert.Contains(events, e => e.Category is { Type: "SANCTION", Mode: "convict" });
        Assert.Contains(events, e => e.Category is { Type: "COERCE", Mode: "arrest" });
    }
}
