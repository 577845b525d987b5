using Parley.Documents;
using Parley.Text;

namespace Parley.Matching;

/// <summary>Splits a lexicon phrase into tokens exactly as documents are split, so that both meet in the matcher.</summary>
public static class PhraseTokens
{
    private static readonly MatchTextFolder Folder = new();
    private static readonly Tokenizer Tokenizer = new();

    /// <summary>The token texts of <paramref name="phrase"/>, typographic variants folded.</summary>
    public static string[] Split(string phrase)
    {
        var document = new Document(phrase, new DocumentMetadata { Id = "phrase", Origin = "lexicon", Format = "text" });
        Folder.Process(document, CancellationToken.None);
        Tokenizer.Process(document, CancellationToken.None);
        var text = document.MatchText;
        return document.Tokens.Select(t => text.Substring(t.Start, t.Length)).ToArray();
    }
}
