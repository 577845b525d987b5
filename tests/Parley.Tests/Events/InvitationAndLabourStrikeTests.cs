namespace Parley.Tests.Events;

/// <summary>
/// Cues whose type turns on the words around them (sentences written for these tests): the manual codes an
/// invitation for a visit as AGREE, while one to talks asks for a meeting; a union that will strike walks out,
/// it does not bomb; troops told in the passive as sent somewhere are deployed, not given as aid.
/// </summary>
public sealed class InvitationAndLabourStrikeTests
{
    [Theory]
    [InlineData("The president invited his Brazilian counterpart to Paris.")]
    [InlineData("Tokyo would invite the Korean leader for a state visit in the spring.")]
    public void InvitationToVisit_IsAnAgreement(string text) =>
        Assert.Contains(EventCodingTests.Code(text), e => e.Category is { Type: "AGREE" });

    [Theory]
    [InlineData("Moscow invited the Ukrainian delegation to Istanbul for talks.")]
    [InlineData("The mediators invited both sides to negotiations in Doha.")]
    public void InvitationToTalks_AsksForAMeeting(string text) =>
        Assert.Contains(EventCodingTests.Code(text), e => e.Category is { Type: "REQUEST", Mode: "meet" });

    [Theory]
    [InlineData("Dock workers in Belgium will strike on Monday over pension cuts.")]
    [InlineData("Nurses' unions plan to strike next week.")]
    public void UnionThatWillStrike_Protests(string text) =>
        Assert.Contains(EventCodingTests.Code(text), e => e.Category is { Type: "PROTEST", Mode: "strike" });

    [Fact]
    public void TroopsSentInThePassive_AreMobilised() =>
        Assert.Contains(EventCodingTests.Code("Officials said that several thousand soldiers had been sent to the Belarusian border."),
            e => e.Category is { Type: "MOBILIZE", Mode: "troops" });
}
