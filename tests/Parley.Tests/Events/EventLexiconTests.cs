using Parley.Events;
using Parley.Tests.Support;

namespace Parley.Tests.Events;

public sealed class EventLexiconTests
{
    [Theory]
    [InlineData("impose", "imposes imposed imposing")]
    [InlineData("agree", "agrees agreed agreeing")]
    [InlineData("deny", "denies denied denying")]
    [InlineData("attack", "attacks attacked attacking")]
    [InlineData("reach", "reaches reached reaching")]
    public void Inflections_AddTheRegularForms(string verb, string forms) =>
        Assert.Equal([verb, .. forms.Split(' ')], EventPatternMatcher.Inflections(verb));

    [Fact]
    public void AUserPattern_FindsEventsWithoutRecompiling_AndExplainsItself()
    {
        var document = UserPatterns.Process("COERCE\tarrest\tverb\tsubject-object\tround+ up",
            "Belarusian police rounded up dozens of activists in Minsk on Monday.");
        var e = Assert.Single(document.Events);
        Assert.Equal(("COERCE", "arrest"), (e.Category.Type, e.Category.Mode));
        Assert.Equal("BLR", Assert.Single(e.Actors).Code);
        Assert.Contains("patterns-mine.tsv:3", e.Explanations["type"], StringComparison.Ordinal);
    }

    [Fact]
    public void APatternWithAnUnknownMode_IsAnErrorNamingItsLine()
    {
        var problem = Assert.Single(UserPatterns.Check("ASSAULT\tcatapult\tverb\tsubject-object\thurl+ rocks at"), p => p.IsError);
        Assert.Contains("patterns-mine.tsv:3", problem.Location, StringComparison.Ordinal);
    }
}
