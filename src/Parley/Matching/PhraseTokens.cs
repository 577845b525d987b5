using System.Collections.Immutable;
using Parley.Documents;
using Parley.Text;

namespace Parley.Matching;

/// <summary>Splits a lexicon phrase into tokens exactly as documents are split, so that both meet in the matcher.</summary>
public static class PhraseTokens
{
    private static readonly Tokenizer Tokenizer = new();

    // Lexicons add tens of thousands of phrases at start-up: one buffer per thread instead of a document per phrase.
    [ThreadStatic]
    private static ImmutableArray<Token>.Builder? buffer;

    /// <summary>The token texts of <paramref name="phrase"/>, typographic variants folded.</summary>
    public static string[] Split(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        // Most lexicon phrases are plain words and single spaces, which the tokenizer would only split at the spaces.
        if (IsPlainWords(phrase))
            return phrase.Split(' ');
        // The same steps as a document: canonical text (printable ASCII already is), then the "normalise"
        // fold, then the tokenizer.
        var text = MatchTextFolder.Fold(IsPrintableAscii(phrase) ? phrase : DocumentText.Canonicalize(phrase));
        var tokens = buffer ??= ImmutableArray.CreateBuilder<Token>(16);
        tokens.Clear();
        Tokenizer.Tokenize(text, tokens, CancellationToken.None);
        var result = new string[tokens.Count];
        for (var i = 0; i < result.Length; i++)
            result[i] = text.Substring(tokens[i].Start, tokens[i].Length);
        return result;
    }

    /// <summary>Whether a phrase is ASCII letters between single spaces, whose tokens are its words as they stand.</summary>
    public static bool IsPlainWords(string phrase)
    {
        if (phrase.Length == 0 || phrase[0] == ' ' || phrase[^1] == ' ')
            return false;
        for (var i = 0; i < phrase.Length; i++)
        {
            var c = phrase[i];
            if (!(char.IsAsciiLetter(c) || (c == ' ' && phrase[i - 1] != ' ')))
                return false;
        }
        return true;
    }

    private static bool IsPrintableAscii(string phrase)
    {
        foreach (var c in phrase)
        {
            if (c is < ' ' or > '~')
                return false;
        }
        return true;
    }
}
