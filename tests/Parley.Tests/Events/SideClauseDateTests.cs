using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// A day named before a clause of contrast or consequence ("…, prompting …", "…, while …") does not date that clause's
/// act, which is another party's (sentences written for these tests). An act reported as fact may still take the day
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
    public void ATimeClause_IsStillDatedByTheDayBeforeIt()
    {
        var events = EventCodingTests.Code("The prime minister resigned on Tuesday after police shot dead 19 protesters.", "2025-09-10");
        Assert.Equal("2025-09-09", Assert.Single(events, e => e.Category.Type == "ASSAULT").Date?.Time?.Value);
    }
}
