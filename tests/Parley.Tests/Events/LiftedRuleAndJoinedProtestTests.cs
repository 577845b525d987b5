namespace Parley.Tests.Events;

/// <summary>
/// What is lifted, granted, suspended, joined or curbed decides the type (sentences written for these tests).
/// </summary>
public sealed class LiftedRuleAndJoinedProtestTests
{
    [Theory]
    // A rule over one's own people lifted is a retreat carried out; sanctions lifted stay a concession.
    [InlineData("The president lifted martial law on Wednesday.", "RETREAT", null)]
    [InlineData("The junta eased the curfew on Friday.", "RETREAT", null)]
    [InlineData("The United States lifted sanctions on the airline.", "CONCEDE", null)]
    // Announced, the retreat is a concession.
    [InlineData("The government will lift the curfew next week, the interior minister said.", "CONCEDE", null)]
    // Mercy granted frees the prisoners.
    [InlineData("The president granted clemency to 20 political prisoners on Monday.", "RETREAT", "release")]
    // A junta halting an election restricts the vote.
    [InlineData("The army suspended the electoral process and closed the borders.", "COERCE", "restrict")]
    // People who join a protest demonstrate; they cooperate with no one.
    [InlineData("Hundreds of soldiers joined the demonstrators in the capital on Saturday.", "PROTEST", "demo")]
    // Cooperation curbed, or intelligence no longer passed, is cut back.
    [InlineData("Iran said it would curb its cooperation with the nuclear watchdog.", "SANCTION", "discontinue")]
    [InlineData("Britain has stopped passing intelligence on the vessels to Washington.", "SANCTION", "discontinue")]
    public void WhatIsActedOn_DecidesTheType(string text, string type, string? mode) =>
        Assert.Contains(EventCodingTests.Code(text), e => e.PloverCategory.Type == type && e.PloverCategory.Mode == mode);
}
