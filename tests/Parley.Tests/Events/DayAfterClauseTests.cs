namespace Parley.Tests.Events;

/// <summary>", a day after …" after a clause that names its day dates the act it introduces that many days earlier;
/// opening a sentence, with no day named before it in the sentence, it dates nothing (sentences written for these tests).</summary>
public sealed class DayAfterClauseTests
{
    [Fact]
    public void ADayAfter_DatesTheActItIntroducesTheDayBefore()
    {
        var events = EventCodingTests.Code("Kenya's parliament dropped the tax bill on Thursday, a day after police shot protesters in Nairobi.", "2025-06-14");
        Assert.Equal("2025-06-12", Assert.Single(events, e => e.Category.Type == "CONCEDE").Date?.Time?.Value);
        Assert.Equal("2025-06-11", Assert.Single(events, e => e.Category.Type == "ASSAULT").Date?.Time?.Value);
    }

    [Fact]
    public void TheDayBefore_DatesTheActItIntroducesTheDayAfter()
    {
        var events = EventCodingTests.Code("Chad closed its borders on Saturday, the day before rebels attacked the capital.", "2025-06-14");
        Assert.Equal("2025-06-15", Assert.Single(events, e => e.Category.Type == "ASSAULT").Date?.Time?.Value);
    }

    [Fact]
    public void OpeningTheSentence_ItIsNoCountFromAnEarlierSentence()
    {
        var events = EventCodingTests.Code("Troops shelled the town on Monday. Two days after the shelling, the army withdrew from the town.", "2025-06-14");
        Assert.NotEqual("2025-06-07", Assert.Single(events, e => e.Category.Type == "RETREAT").Date?.Time?.Value);
    }

    [Fact]
    public void TheActsBeforeThePhrase_KeepTheDayOfTheirOwnClause()
    {
        var events = EventCodingTests.Code("Army officers said on Wednesday they had seized power and closed the borders, a day before the results were due.", "2025-11-28");
        Assert.All(events.Where(e => e.Category.Type == "COERCE"), e => Assert.Equal("2025-11-26", e.Date?.Time?.Value));
        Assert.Equal(2, events.Count(e => e.Category.Type == "COERCE"));
    }
}
