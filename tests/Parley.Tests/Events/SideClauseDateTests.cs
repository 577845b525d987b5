using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// A day named before a clause of contrast or consequence ("…, prompting …", "…, while …") or of another time ("… after
/// police shot …") does not date that clause's act, which is another party's (sentences written for these tests); a time
/// clause hours apart ("shortly after"), one after a day that opens the sentence, and a possessive day are shown too. An act reported as fact may still take the day
/// from the merge, which dates the news once; these acts are announced, so only the clause decides.
/// </summary>
public sealed class SideClauseDateTests
{
    [Fact]
    public void AConsequenceClause_IsNotDatedByTheDayBeforeIt()
    {
        var events = EventCodingTests.Code("Russia struck Odesa on Tuesday, prompting Germany to say it would deliver more air defence systems.", "2025-05-08");
        Assert.Equal("2025-05-06", Assert.Single(events, e => e.Category.Type == "ASSAULT").Date?.Time?.Value);
        Assert.Null(Assert.Single(events, e => e.Modality == EventModality.Future).Date);
    }

    [Fact]
    public void AContrastClause_IsNotDatedByTheDayBeforeIt()
    {
        var events = EventCodingTests.Code("Police arrested 40 protesters in Tbilisi on Sunday, while the European Union said it would impose sanctions on Georgian officials.", "2024-12-02");
        Assert.Equal("2024-12-01", Assert.Single(events, e => e.Category.Type == "COERCE").Date?.Time?.Value);
        Assert.Null(Assert.Single(events, e => e.Modality == EventModality.Future).Date);
    }

    [Fact]
    public void TheDayOfADateline_DatesTheLeadAcrossItsDash()
    {
        var events = EventCodingTests.Code("KINSHASA, Jan. 28 (Parley Wire) \u2014 Protesters attacked the French and Rwandan embassies.", "2025-01-28");
        Assert.Equal("2025-01-28", Assert.Single(events, e => e.Category.Type == "ASSAULT").Date?.Time?.Value);
    }

    [Fact]
    public void ATimeClause_IsNotDatedByTheDayBeforeIt()
    {
        var events = EventCodingTests.Code("The prime minister resigned on Tuesday after police shot dead 19 protesters.", "2025-09-10");
        Assert.Null(Assert.Single(events, e => e.Category.Type == "ASSAULT").Date);
    }

    [Fact]
    public void ATimeClauseHoursApart_IsDatedByTheDayBeforeIt()
    {
        var events = EventCodingTests.Code("Protesters stormed the parliament in Lima on Tuesday, shortly after lawmakers voted to impeach the president.", "2025-10-15");
        Assert.Equal("2025-10-14", Assert.Single(events, e => e.Category.Type == "SANCTION").Date?.Time?.Value);
    }

    [Fact]
    public void ATimeClauseAfterADayOpeningTheSentence_IsDatedByIt()
    {
        var events = EventCodingTests.Code("On Monday, the minister was detained after police shot dead two protesters.", "2025-09-10");
        Assert.Equal("2025-09-08", Assert.Single(events, e => e.Category.Type == "ASSAULT").Date?.Time?.Value);
    }

    [Fact]
    public void AParticipleAfterBefore_GoesOnWithTheActOfTheDay()
    {
        var events = EventCodingTests.Code("A gunman wounded a senator in Bogota on Saturday before being killed by his guards.", "2025-06-09");
        Assert.All(events.Where(e => e.Category.Type == "ASSAULT"), e => Assert.Equal("2025-06-07", e.Date?.Time?.Value));
    }

    [Fact]
    public void APossessiveDay_DatesItsNounNotTheAct()
    {
        var events = EventCodingTests.Code("Police arrested dozens of people protesting the result of Sunday's vote in Caracas.", "2024-07-30");
        Assert.Null(Assert.Single(events, e => e.Category.Type == "COERCE").Date);
    }
}
