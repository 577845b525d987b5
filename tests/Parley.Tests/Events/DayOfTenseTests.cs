namespace Parley.Tests.Events;

/// <summary>A month and day with no year lie behind the writer for an act told in the past tense, ahead of them for one told
/// in the future, even when the other year's day is nearer (sentences written for these tests).</summary>
public sealed class DayOfTenseTests
{
    [Fact]
    public void AnAttackToldInThePastTense_IsDatedLastYear()
    {
        var attack = Assert.Single(EventCodingTests.Code("Militants attacked an army base near Gao on October 9, killing 14 soldiers.", "2025-05-02"),
            e => e.Category.Type == "ASSAULT");
        Assert.Equal(new DateOnly(2024, 10, 9), attack.Date?.Time?.First);
    }

    [Fact]
    public void AVisitToldInTheFuture_IsDatedThisYear()
    {
        var visit = Assert.Single(EventCodingTests.Code("The chancellor will travel to Warsaw on December 12.", "2026-01-20"),
            e => e.Category.Type == "CONSULT");
        Assert.Equal(new DateOnly(2026, 12, 12), visit.Date?.Time?.First);
    }

    [Fact]
    public void ATalkPostponedToADay_LooksForward()
    {
        var talks = Assert.Single(EventCodingTests.Code("The talks will now open on March 3, officials said.", "2026-01-20"),
            e => e.Category.Type == "CONSULT");
        Assert.Equal(new DateOnly(2026, 3, 3), talks.Date?.Time?.First);
    }
}
