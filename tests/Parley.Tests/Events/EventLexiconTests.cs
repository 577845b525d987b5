using Parley.Documents;
using Parley.Events;
using Parley.Lexicons;
using Parley.Pipeline;
using Parley.Tests.Support;

namespace Parley.Tests.Events;

public sealed class EventLexiconTests
{
    private const string Header = "# parley-lexicon: events/patterns-mine\n# version: 1\n";

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
        using var user = new TempDirectory();
        user.Write("events/patterns-mine.tsv", Header + "COERCE\tarrest\tverb\tsubject-object\tround+ up\n");
        var lexicon = EventLexicon.Load(new LexiconFiles(user.Path));
        var document = StandardPipeline.Create(events: lexicon).Process(
            new Document("Belarusian police rounded up dozens of activists in Minsk on Monday.", new DocumentMetadata { Id = "t", Origin = "t", Format = "text" }));
        var e = Assert.Single(document.Events);
        Assert.Equal(("COERCE", "arrest"), (e.Category.Type, e.Category.Mode));
        Assert.Equal("BLR", Assert.Single(e.Actors).Code);
        Assert.Contains("patterns-mine.tsv:3", e.Explanations["type"], StringComparison.Ordinal);
    }

    [Fact]
    public void APatternWithAnUnknownMode_IsAnErrorNamingItsLine()
    {
        using var user = new TempDirectory();
        user.Write("events/patterns-mine.tsv", Header + "ASSAULT\tcatapult\tverb\tsubject-object\thurl+ rocks at\n");
        var problem = Assert.Single(LexiconValidator.Validate(new LexiconFiles(user.Path)), p => p.IsError);
        Assert.Contains("patterns-mine.tsv:3", problem.Location, StringComparison.Ordinal);
    }
}
