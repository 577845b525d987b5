using System.Collections.Immutable;
using Parley.Events;
using Parley.Mentions;

namespace Parley.Documents;

/// <summary>
/// One article: its immutable text and the annotations that pipeline components add to it.
/// Every annotation is a half-open character range of <see cref="Text"/>.
/// </summary>
public sealed class Document
{
    private string? matchText;

    // MatchText in lower case, made on first use: case-blind matchers read a token's folded form for every pattern and
    // trie node they try at it, and lowering the whole text once costs less than lowering each word each time.
    private string? lowerMatchText;

    // Numbers that one owner (a matcher) gave this document's tokens, kept while the tokens stand: see TokenNumbers.
    private object? tokenNumbersOwner;
    private int[]? tokenNumbers;

    /// <summary>Creates a document; the text is canonicalised by <see cref="DocumentText.Canonicalize"/> first.</summary>
    public Document(string text, DocumentMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(metadata);
        Text = DocumentText.Canonicalize(text);
        Metadata = metadata;
    }

    /// <summary>The document's text. All offsets refer to it; it never changes.</summary>
    public string Text { get; }

    /// <summary>Metadata; components may complete it (for example the publication date).</summary>
    public DocumentMetadata Metadata { get; set; }

    /// <summary>
    /// The text folded for matching (typographic quotes, dashes and spaces made plain), with exactly
    /// the same length and offsets as <see cref="Text"/>. Falls back to <see cref="Text"/> until a component sets it.
    /// </summary>
    public string MatchText
    {
        get => matchText ?? Text;
        set
        {
            matchText = value.Length == Text.Length
                ? value
                : throw new ArgumentException("Match text must keep the length of the document text.", nameof(value));
            lowerMatchText = null;
        }
    }

    /// <summary>Tokens in text order.</summary>
    public ImmutableArray<Token> Tokens
    {
        get;
        set
        {
            field = value;
            tokenNumbers = null;
        }
    } = [];

    /// <summary>
    /// One number per token that <paramref name="owner"/> works out and keeps here, all <paramref name="unknown"/> at first:
    /// a matcher called at every token of a document reads each token's word many times (once for each place it is asked
    /// at and each pattern it tries), and numbers the word once. The last owner to ask keeps the array; another owner
    /// starts it anew.
    /// </summary>
    internal int[] TokenNumbers(object owner, int unknown)
    {
        if (tokenNumbers is null || !ReferenceEquals(tokenNumbersOwner, owner) || tokenNumbers.Length != Tokens.Length)
        {
            tokenNumbers = new int[Tokens.Length];
            tokenNumbers.AsSpan().Fill(unknown);
            tokenNumbersOwner = owner;
        }
        return tokenNumbers;
    }

    /// <summary>Paragraphs, headings and list items in text order.</summary>
    public ImmutableArray<Block> Blocks { get; set; } = [];

    /// <summary>Sentences (and headings and list items) in text order.</summary>
    public ImmutableArray<Sentence> Sentences { get; set; } = [];

    /// <summary>Actors, places and dates named in the text, in text order.</summary>
    public ImmutableArray<Mention> Mentions { get; set; } = [];

    /// <summary>
    /// The index in <see cref="Mentions"/> of the first mention that starts at or after character <paramref name="start"/>
    /// (<see cref="Mentions"/>' length when none does): a binary search, so that a look at one sentence's mentions does not
    /// walk all those of the text before it.
    /// </summary>
    public int FirstMentionFrom(int start)
    {
        int low = 0, high = Mentions.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (Mentions[middle].Start < start)
                low = middle + 1;
            else
                high = middle;
        }
        return low;
    }

    /// <summary>Events, in order of first mention, set by the "events" component and refined by those after it.</summary>
    public ImmutableArray<PloverEvent> Events { get; set; } = [];

    /// <summary>Figures on how much the text asserts, set by the "quality" component.</summary>
    public DocumentQuality? Quality { get; set; }

    /// <summary>
    /// The near-duplicate signature of <see cref="Text"/> by <see cref="Duplicates.MinHasher.Default"/>, when
    /// the caller signed it ahead (ingest does, on the pipeline thread, so the store's writer need not).
    /// </summary>
    public Duplicates.MinHashSignature? Signature { get; set; }

    /// <summary>Named groups of labelled spans, such as <c>"actor"</c> or <c>"date"</c>.</summary>
    public SpanGroups Spans { get; } = new();

    /// <summary>The text of a range.</summary>
    public string Slice(TextSpan span) => Text.Substring(span.Start, span.Length);

    /// <summary>The text of a token.</summary>
    public ReadOnlySpan<char> TextOf(Token token) => Text.AsSpan(token.Start, token.Length);

    /// <summary>
    /// Token <paramref name="index"/> as matching sees it: quotes, dashes and spaces folded. Empty past either end
    /// of the document, so that a rule may look at the word after a cue even when the cue ends the text (a
    /// headline, a cut-off summary) without each rule bounding its index.
    /// </summary>
    public ReadOnlySpan<char> MatchWord(int index)
    {
        // Asked at nearly every token by every matcher: the token is read once, from a span (no second bounds check).
        var tokens = Tokens.AsSpan();
        if ((uint)index >= (uint)tokens.Length)
            return default;
        var token = tokens[index];
        return MatchText.AsSpan(token.Start, token.Length);
    }

    /// <summary>
    /// Token <paramref name="index"/> as <see cref="MatchWord"/> gives it, in lower case (invariant culture, one character
    /// for one, as lexicons are folded); empty past either end of the document.
    /// </summary>
    public ReadOnlySpan<char> LowerMatchWord(int index)
    {
        var tokens = Tokens.AsSpan();
        if ((uint)index >= (uint)tokens.Length)
            return default;
        var token = tokens[index];
        return (lowerMatchText ??= MatchText.ToLowerInvariant()).AsSpan(token.Start, token.Length);
    }

    /// <summary>
    /// Maps a character range onto tokens, like spaCy's <c>Doc.char_span</c>: the one place where a
    /// regex or dictionary hit becomes a token run. Returns null when no token qualifies.
    /// </summary>
    public TokenRange? CharSpan(int start, int end, Alignment alignment = Alignment.Strict)
    {
        if (start < 0 || end > Text.Length || start >= end)
            return null;
        var tokens = Tokens.AsSpan();
        // First token whose end lies after start, and first token whose start lies at or after end.
        var first = LowerBoundByEnd(tokens, start);
        var last = LowerBoundByStart(tokens, end);
        if (first >= last)
            return null;
        switch (alignment)
        {
            case Alignment.Strict:
                if (tokens[first].Start != start || tokens[last - 1].End != end)
                    return null;
                break;
            case Alignment.Contract:
                if (tokens[first].Start < start)
                    first++;
                if (last > first && tokens[last - 1].End > end)
                    last--;
                if (first >= last)
                    return null;
                break;
            case Alignment.Expand:
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(alignment), alignment, null);
        }
        return new TokenRange(first, last, tokens[first].Start, tokens[last - 1].End);
    }

    private static int LowerBoundByEnd(ReadOnlySpan<Token> tokens, int offset)
    {
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].End <= offset)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }

    private static int LowerBoundByStart(ReadOnlySpan<Token> tokens, int offset)
    {
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].Start < offset)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }
}
