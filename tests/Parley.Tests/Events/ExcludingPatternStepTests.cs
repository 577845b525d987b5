using Parley.Documents;
using Parley.Events;
using Parley.Lexicons;
using Parley.Pipeline;
using Parley.Tests.Support;

namespace Parley.Tests.Events;

/// <summary>A pattern step written "!a|b" is one word that is none of these (sentences written for these tests).</summary>
public sealed class ExcludingPatternStepTests
{
    private const string Header = "# parley-lexicon: events/patterns-mine\n# version: 1\n";

    [Theory]
    [InlineData("Belarusian police corralled dozens of activists in Minsk on Monday.", true)]
    [InlineData("Belarusian police corralled the activists in Minsk on Monday.", false)]
    public void AnExcludedWord_StopsThePattern(string text, bool found)
    {
        using var user = new TempDirectory();
        user.Write("events/patterns-mine.tsv", Header + "COERCE\tarrest\tverb\tsubject-object\tcorralled !the ... activists\n");
        var lexicon = EventLexicon.Load(new LexiconFiles(user.Path));
        var document = StandardPipeline.Create(events: lexicon).Process(
            new Document(text, new DocumentMetadata { Id = "t", Origin = "t", Format = "text" }));
        Assert.Equal(found, document.Events.Any(e => e.Category.Type == "COERCE"));
    }

    [Fact]
    public void AnExcludingFirstStep_IsAnErrorNamingItsLine()
    {
        using var user = new TempDirectory();
        user.Write("events/patterns-mine.tsv", Header + "COERCE\tarrest\tverb\tsubject-object\t!the corralled\n");
        var problem = Assert.Single(LexiconValidator.Validate(new LexiconFiles(user.Path)), p => p.IsError);
        Assert.Contains("patterns-mine.tsv:3", problem.Location, StringComparison.Ordinal);
    }
}
