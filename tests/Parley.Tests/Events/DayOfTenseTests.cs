namespace Parley.Tests.Events;

/// <summary>A month and day with no year lie behind the writer for an act told in the past tense, ahead of them for one told
/// in the future, even when the other year's day is nearer (sentences written for these tests).</summary>
public sealed class DayOfTenseTests
{
    [Theory]
    [InlineData("Militants attacked an army base near Gao on October 9, killing 14 soldiers.", "2025-05-02", "ASSAULT", "2024-10-09")]
    [InlineData("The chancellor will travel to Warsaw on December 12.", "2026-01-20", "CONSULT", "2026-12-12")]
    [InlineData("The talks will now open on March 3, officials said.", "2026-01-20", "CONSULT", "2026-03-03")]
    [InlineData("The envoy visited the front three days later, on Nov. 14.", "2022-11-11", "CONSULT", "2022-11-14")]
    public void TheDay_LiesOnTheSideItsTenseTells(string sentence, string published, string type, string day)
    {
        var e = Assert.Single(EventCodingTests.Code(sentence, published), e => e.Category.Type == type);
        Assert.Equal(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), e.Date?.Time?.First);
    }
}
