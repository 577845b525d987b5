using System.Collections.Immutable;
using Parley.Documents;
using Parley.Pipeline;

namespace Parley.Text;

/// <summary>
/// Splits each block into sentences at final punctuation. Headings are one unit. Abbreviations of
/// titles ("Gen.", "Sen.", "No.") never end a sentence; acronyms ("U.S.", "a.m.") and other
/// abbreviations end one only before a usual sentence opener ("The", "He", …); decimals and
/// initials are single tokens and so never split; closing quotes and brackets stay with their sentence.
/// </summary>
public sealed class SentenceSplitter(TextLexicon lexicon) : IPipelineComponent
{
    /// <summary>A sentence splitter using the shipped lexicon.</summary>
    public SentenceSplitter() : this(TextLexicon.Default) { }

    /// <inheritdoc />
    public string Name => "sentences";

    /// <inheritdoc />
    public IReadOnlyList<string> Requires => [Annotations.MatchText, Annotations.Blocks, Annotations.Tokens];

    /// <inheritdoc />
    public IReadOnlyList<string> Assigns => [Annotations.Sentences];

    /// <inheritdoc />
    public void Process(Document document, CancellationToken cancellationToken)
    {
        var text = document.MatchText;
        var tokens = document.Tokens.AsSpan();
        var sentences = ImmutableArray.CreateBuilder<Sentence>(document.Blocks.Length * 2);
        var t = 0;
        for (var b = 0; b < document.Blocks.Length; b++)
        {
            if ((b & 0xFF) == 0)
                cancellationToken.ThrowIfCancellationRequested();
            var block = document.Blocks[b];
            while (t < tokens.Length && tokens[t].Start < block.Start)
                t++;
            var blockEnd = t;
            while (blockEnd < tokens.Length && tokens[blockEnd].End <= block.End)
                blockEnd++;
            var first = t;
            if (block.Kind != BlockKind.Heading)
            {
                for (var i = t; i < blockEnd; i++)
                {
                    var last = EndOfSentence(text, tokens, i, blockEnd);
                    if (last < 0)
                        continue;
                    sentences.Add(Make(tokens, first, last + 1, b));
                    first = last + 1;
                    i = last;
                }
            }
            if (first < blockEnd)
                sentences.Add(Make(tokens, first, blockEnd, b));
            t = blockEnd;
        }
        document.Sentences = sentences.DrainToImmutable();
    }

    private static Sentence Make(ReadOnlySpan<Token> tokens, int first, int end, int block) =>
        new(tokens[first].Start, tokens[end - 1].End, block, first, end - first);

    /// <summary>
    /// When token <paramref name="i"/> ends a sentence, the index of the sentence's last token
    /// (after any closing quotes or brackets); otherwise -1.
    /// </summary>
    private int EndOfSentence(string text, ReadOnlySpan<Token> tokens, int i, int blockEnd)
    {
        var token = tokens[i];
        if (token.Kind is not (TokenKind.Terminal or TokenKind.Abbreviation))
            return -1;
        var last = i;
        while (last + 1 < blockEnd && IsCloser(text, tokens[last + 1], tokens[last]))
            last++;
        if (last + 1 >= blockEnd)
            return -1; // the block's end closes the sentence anyway
        var next = tokens[last + 1];
        var nextText = text.AsSpan(next.Start, next.Length);
        if (token.Kind == TokenKind.Terminal)
            return StartsSentence(nextText) ? last : -1;

        var word = text.AsSpan(token.Start, token.Length - 1);
        var cls = word.Length == 1 && char.IsUpper(word[0]) ? AbbreviationClass.Title : lexicon.Abbreviation(word);
        return cls switch
        {
            AbbreviationClass.Title => -1,
            AbbreviationClass.Month when next.Kind == TokenKind.Number => -1,
            _ => lexicon.IsSentenceStarter(nextText) || (last > i && StartsSentence(nextText)) ? last : -1,
        };
    }

    private static bool StartsSentence(ReadOnlySpan<char> token) =>
        char.IsUpper(token[0]) || char.IsDigit(token[0]) || token[0] is '"' or '\'' or '(' or '[' or '-' or '*';

    /// <summary>A closing quote or bracket written right after the previous token.</summary>
    private static bool IsCloser(string text, Token token, Token previous) =>
        token.Start == previous.End && token.Length == 1 && text[token.Start] is '"' or '\'' or ')' or ']';
}
