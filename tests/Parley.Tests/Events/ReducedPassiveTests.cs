namespace Parley.Tests.Events;

/// <summary>
/// A past participle after a verb's object, with a "by" phrase or (for a removal) a "from" country, is a reduced passive:
/// that phrase acts, never the clause's subject, who only takes the people in (sentences written for these tests).
/// </summary>
public sealed class ReducedPassiveTests
{
    [Fact]
    public void PeopleDeportedFromACountry_AreDeportedByIt()
    {
        var e = EventCodingTests.Code("Mauritania has accepted 40 men deported from Spain last month.", "2025-06-01")
            .First(e => e.Category.Type == "COERCE");
        Assert.Equal("ESP", Assert.Single(e.Actors).Code);
        Assert.DoesNotContain(e.Recipients, r => r.Code == "ESP");
    }

    [Fact]
    public void AnActiveVerbAfterItsSubject_StaysActive()
    {
        var e = EventCodingTests.Code("Five Senegalese soldiers were killed when Malian forces attacked border posts.", "2025-06-01")
            .First(e => e.Category.Type == "ASSAULT");
        Assert.Equal("MLI", Assert.Single(e.Actors).Code);
    }
}
