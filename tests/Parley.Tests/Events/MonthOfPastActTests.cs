namespace Parley.Tests.Events;

/// <summary>A month with no year lies behind the writer when a verb in the past tense tells its act, even when the
/// coming one is nearer; it lies ahead for an act to come (sentences written for these tests).</summary>
public sealed class MonthOfPastActTests
{
    [Theory]
    [InlineData("In April, gunmen killed 30 villagers in the north.", "2025-12-08", "ASSAULT", "2025-04", "Historical")]
    [InlineData("Rebels seized the airport in May, the army said.", "2025-12-20", "COERCE", "2025-05", "Asserted")]
    [InlineData("The foreign minister will visit Tokyo in April.", "2025-12-08", "AGREE", "2026-04", "Future")]
    public void TheMonth_LiesOnTheSideItsTenseTells(string sentence, string published, string type, string month, string modality)
    {
        var e = Assert.Single(EventCodingTests.Code(sentence, published), e => e.PloverCategory.Type == type);
        Assert.Equal(month, e.Date?.Time?.Value);
        Assert.Equal(modality, e.Modality.ToString());
    }
}
