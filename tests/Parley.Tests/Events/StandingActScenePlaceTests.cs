namespace Parley.Tests.Events;

/// <summary>
/// A place "in" after the noun of a standing act ("the war in Sudan") is that act's scene, not the place of acts told
/// about it (sentences written for these tests).
/// </summary>
public sealed class StandingActScenePlaceTests
{
    [Fact]
    public void TalksAboutAWar_AreNotHeldWhereItIsFought()
    {
        var events = EventCodingTests.Code("Egypt's foreign minister spoke by phone with his Kenyan counterpart on Monday about the war in Sudan.", "2025-03-11");
        Assert.Null(Assert.Single(events, e => e.Category.Type == "CONSULT").Location);
    }

    [Fact]
    public void SanctionsOverAGenocide_AreNotImposedWhereItHappened()
    {
        var events = EventCodingTests.Code("Canada imposed sanctions on two militia leaders on Friday over the genocide in Darfur.", "2025-03-15");
        Assert.Null(Assert.Single(events, e => e.Category.Type == "SANCTION").Location);
    }

    [Fact]
    public void APlaceOfTheActItself_StillIs()
    {
        var events = EventCodingTests.Code("Canada imposed sanctions on two militia leaders in Ottawa on Friday.", "2025-03-15");
        Assert.Equal("CAN", Assert.Single(events, e => e.Category.Type == "SANCTION").Location?.Place?.Country);
    }
}
