using Parley.Documents;
using Parley.Events;
using Parley.Lexicons;
using Parley.Pipeline;

namespace Parley.Tests.Support;

/// <summary>A user's own pattern file (<c>events/patterns-mine.tsv</c>, the line given third after its header) beside the defaults.</summary>
public static class UserPatterns
{
    private const string Header = "# parley-lexicon: events/patterns-mine\n# version: 1\n";

    /// <summary><paramref name="text"/> processed with the user's <paramref name="patternLine"/> added to the event patterns.</summary>
    public static Document Process(string patternLine, string text)
    {
        using var user = Write(patternLine);
        var lexicon = EventLexicon.Load(new LexiconFiles(user.Path));
        return StandardPipeline.Create(events: lexicon).Process(
            new Document(text, new DocumentMetadata { Id = "t", Origin = "t", Format = "text" }));
    }

    /// <summary>The problems <c>parley lexicon check</c> reports for the user's <paramref name="patternLine"/>.</summary>
    public static IReadOnlyList<LexiconProblem> Check(string patternLine)
    {
        using var user = Write(patternLine);
        return LexiconValidator.Validate(new LexiconFiles(user.Path));
    }

    private static TempDirectory Write(string patternLine)
    {
        var user = new TempDirectory();
        user.Write("events/patterns-mine.tsv", Header + patternLine + "\n");
        return user;
    }
}
