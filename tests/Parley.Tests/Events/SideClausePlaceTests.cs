namespace Parley.Tests.Events;

/// <summary>
/// A place told in a side clause ("after …", ", with …", ", prompting …") is the scene of that clause's act, not of
/// the act of the clause it hangs on (sentences written for these tests).
/// </summary>
public sealed class SideClausePlaceTests
{
    [Fact]
    public void APlaceInAnAfterClause_DoesNotPlaceTheMainAct()
    {
        var events = EventCodingTests.Code("Lithuania expelled two Belarusian diplomats on Monday after a drone crashed near Vilnius.", "2025-10-27");
        Assert.Null(Assert.Single(events, e => e.Category.Type == "SANCTION").Location);
    }

    [Fact]
    public void APlaceAfterACommaWith_DoesNotPlaceTheMainAct()
    {
        var events = EventCodingTests.Code("Serbia recalled its ambassador on Friday, with protesters rallying in Belgrade.", "2025-03-14");
        Assert.Null(Assert.Single(events, e => e.Category.Type == "SANCTION").Location);
    }

    [Fact]
    public void AContrastClause_DoesNotTakeThePlaceOfTheClauseBefore()
    {
        var events = EventCodingTests.Code("Police arrested 40 protesters in Tbilisi on Sunday, while the European Union condemned the crackdown.", "2024-12-02");
        Assert.Equal("GEO", Assert.Single(events, e => e.Category.Type == "COERCE").Location?.Place?.Country);
        Assert.Null(Assert.Single(events, e => e.Category.Type == "ACCUSE").Location);
    }

    [Fact]
    public void AConsequenceClause_DoesNotTakeThePlaceOfTheClauseBefore()
    {
        var events = EventCodingTests.Code("Gunmen attacked a convoy in Borno on Tuesday, prompting the UN to suspend its operations.", "2025-05-07");
        Assert.Equal("NGA", Assert.Single(events, e => e.Category.Type == "ASSAULT").Location?.Place?.Country);
        Assert.DoesNotContain(events, e => e.Category.Type == "SANCTION" && e.Location is not null);
    }

    [Fact]
    public void ARelativeClause_KeepsTheScene()
    {
        var events = EventCodingTests.Code("Police fired tear gas at students who marched on parliament in Dhaka on Monday.", "2024-07-16");
        Assert.Equal("BGD", Assert.Single(events, e => e.Category.Type == "ASSAULT").Location?.Place?.Country);
    }
}
