namespace Parley.Tests.Events;

/// <summary>Gunmen or rebels storming a seat of power seize it (COERCE seize), as troops do; only crowds riot
/// (sentences written for these tests).</summary>
public sealed class ArmedMenStormingTests
{
    [Theory]
    [InlineData("Gunmen stormed the state broadcaster in Conakry early on Tuesday.")]
    [InlineData("Rebels storm presidential palace in Bangui")]
    public void ArmedMenStorming_IsNoRiot(string sentence)
    {
        var storming = Assert.Single(EventCodingTests.Code(sentence));
        Assert.Equal(("COERCE", "seize"), (storming.Category.Type, storming.Category.Mode));
    }
}
