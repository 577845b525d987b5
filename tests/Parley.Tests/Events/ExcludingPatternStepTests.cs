using Parley.Tests.Support;

namespace Parley.Tests.Events;

/// <summary>A pattern step written "!a|b" is one word that is none of these (sentences written for these tests).</summary>
public sealed class ExcludingPatternStepTests
{
    [Theory]
    [InlineData("Belarusian police corralled dozens of activists in Minsk on Monday.", true)]
    [InlineData("Belarusian police corralled the activists in Minsk on Monday.", false)]
    public void AnExcludedWord_StopsThePattern(string text, bool found)
    {
        var document = UserPatterns.Process("COERCE\tarrest\tverb\tsubject-object\tcorralled !the ... activists", text);
        Assert.Equal(found, document.Events.Any(e => e.Category.Type == "COERCE"));
    }

    [Fact]
    public void AnExcludingFirstStep_IsAnErrorNamingItsLine()
    {
        var problem = Assert.Single(UserPatterns.Check("COERCE\tarrest\tverb\tsubject-object\t!the corralled"), p => p.IsError);
        Assert.Contains("patterns-mine.tsv:3", problem.Location, StringComparison.Ordinal);
    }
}
