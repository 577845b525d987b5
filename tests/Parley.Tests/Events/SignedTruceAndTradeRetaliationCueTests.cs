namespace Parley.Tests.Events;

/// <summary>
/// Cues wire copy uses for truces, tariffs, repression and the fate of detainees and diplomats
/// (sentences written for these tests).
/// </summary>
public sealed class SignedTruceAndTradeRetaliationCueTests
{
    [Theory]
    // A truce signed is agreed; signing an accord stays SUPPORT.
    [InlineData("Armenia and Azerbaijan signed a seven-day ceasefire on Monday.", "AGREE", null)]
    // A tariff cut is a concession, whatever the tax is called.
    [InlineData("Japan will lower its levy on American rice, the trade ministry said.", "CONCEDE", null)]
    [InlineData("India will cut its duty on Australian wine from next month.", "CONCEDE", null)]
    [InlineData("Canada hit back at the new steel duties with levies of its own.", "SANCTION", "discontinue")]
    [InlineData("The tariffs they imposed on Chinese goods last month hurt farmers.", "SANCTION", null)]
    [InlineData("Police used live ammunition against protesters in Nairobi on Tuesday.", "ASSAULT", "firearms")]
    [InlineData("Two days later, the embassy's staff flew home on a commercial flight.", "SANCTION", "withdraw")]
    [InlineData("The freed prisoners were driven to the border in buses.", "COERCE", "deport")]
    [InlineData("The detained journalist refused to cross and was taken back to Minsk.", "COERCE", "arrest")]
    [InlineData("The ousted president was allowed to leave for Senegal on Thursday.", "RETREAT", "release")]
    // Naming a strike terrorism or a massacre condemns it.
    [InlineData("Russia called the strikes a terrorist act.", "ACCUSE", "disapprove")]
    [InlineData("The governor called the raid a senseless massacre.", "ACCUSE", "disapprove")]
    public void Cue_GivesTheType(string text, string type, string? mode) =>
        Assert.Contains(EventCodingTests.Code(text), e => e.Category.Type == type && e.Category.Mode == mode);

    [Theory]
    // A record count names no attack of its own, nor is a strike called terrorism one.
    [InlineData("Russia fired 40 missiles at Kyiv, the most it has launched in a single attack.", 1)]
    [InlineData("Russia called the strikes a terrorist act.", 0)]
    public void RecordOrCondemnedStrike_AddsNoAttack(string text, int attacks) =>
        Assert.Equal(attacks, EventCodingTests.Code(text).Count(e => e.Category.Type == "ASSAULT"));
}
