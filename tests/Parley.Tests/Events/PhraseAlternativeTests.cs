using Parley.Events;
using Parley.Lexicons;
using Parley.Tests.Support;

namespace Parley.Tests.Events;

/// <summary>
/// Alternatives in a pattern are single words, and the word lists hold one word a line: a phrase written as an alternative
/// would silently never match, so the loader names its file and line instead.
/// </summary>
public sealed class PhraseAlternativeTests
{
    [Fact]
    public void APhraseWrittenAsAnAlternative_IsAnErrorNamingItsLine()
    {
        using var user = new TempDirectory();
        user.Write("events/patterns-mine.tsv", "# parley-lexicon: events/patterns-mine\n# version: 1\nCONCEDE\t-\tverb\tsubject-object\thalt strikes|halt attacks\n");
        var error = Assert.Throws<LexiconFormatException>(() => EventLexicon.Load(new LexiconFiles(user.Path)));
        Assert.Contains("patterns-mine.tsv:3", error.Message, StringComparison.Ordinal);
        Assert.Contains("'halt'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AlternativesOfSingleWords_Load()
    {
        using var user = new TempDirectory();
        user.Write("events/patterns-mine.tsv", "# parley-lexicon: events/patterns-mine\n# version: 1\nCONCEDE\t-\tverb\tsubject-object\thalt+ strikes|attacks\n");
        Assert.NotNull(EventLexicon.Load(new LexiconFiles(user.Path)));
    }

    [Fact]
    public void SeveralWordsOnALineOfAWordList_IsAnErrorNamingItsLine()
    {
        using var user = new TempDirectory();
        user.Write("events/giving-verbs.tsv", "# parley-lexicon: events/giving-verbs\n# version: 1\nhanded over\n");
        var error = Assert.Throws<LexiconFormatException>(() => EventLexicon.Load(new LexiconFiles(user.Path)));
        Assert.Contains("giving-verbs.tsv:3", error.Message, StringComparison.Ordinal);
        Assert.Contains("'handed over'", error.Message, StringComparison.Ordinal);
    }
}
