using Parley.Documents;

namespace Parley.Matching;

/// <summary>
/// A trie over token sequences, built once from lexicon phrases, that finds the longest phrase starting
/// at a token in time proportional to the phrase's length — never by scanning entries. Lookups use
/// spans of the document's match text, so matching allocates nothing.
/// </summary>
/// <param name="ignoreCase">Match phrases regardless of case (role nouns); otherwise exactly (names, acronyms).</param>
/// <param name="readsThrough">Read a phrase through a date or channel told between its words (<see cref="CueAdjuncts"/>): cues, not names.</param>
public sealed class PhraseMatcher<T>(bool ignoreCase, CueAdjuncts? readsThrough = null)
{
    private const int MaxFoldedToken = 64;
    private readonly Node root = new();

    // The words that start a phrase: most tokens start none, and the root's dictionary is large (every first word of
    // every name), so a token is looked up in it only when it passes this filter.
    private readonly WordFilter firstWords = new();

    /// <summary>Adds a phrase; several values may share one phrase.</summary>
    public void Add(string phrase, T value)
    {
        // Documents write titles capitalised ("Sen.", "Gen."), and only then does the tokenizer keep the
        // abbreviation's period; a lower-case lexicon phrase must split the same way to meet them.
        if (ignoreCase && phrase.Contains('.', StringComparison.Ordinal))
            phrase = Capitalised(phrase);
        var node = root;
        if (PhraseTokens.IsPlainWords(phrase))
        {
            // Words between single spaces are the phrase's tokens as they stand: walked as spans, so that
            // only a word new to its node costs a string (start-up adds tens of thousands of phrases).
            foreach (var word in phrase.AsSpan().Split(' '))
                node = Child(node, phrase.AsSpan()[word]);
        }
        else
        {
            var tokens = PhraseTokens.Split(phrase);
            if (tokens.Length == 0)
                return;
            foreach (var token in tokens)
                node = Child(node, token);
        }
        node.Values ??= [];
        if (!node.Values.Contains(value))
            node.Values.Add(value);
    }

    /// <summary>The child of <paramref name="node"/> for a token, made when missing.</summary>
    private Node Child(Node node, ReadOnlySpan<char> token)
    {
        Span<char> folded = stackalloc char[MaxFoldedToken];
        scoped ReadOnlySpan<char> key = token;
        string? longKey = null;
        if (ignoreCase)
            key = token.Length <= MaxFoldedToken ? folded[..token.ToLowerInvariant(folded)] : longKey = token.ToString().ToLowerInvariant();
        if (node.Find(key) is { } child)
            return child;
        child = new Node();
        node.Add(longKey ?? key.ToString(), child);
        if (node == root)
            firstWords.Add(key);
        return child;
    }

    private static string Capitalised(string phrase) =>
        string.Join(' ', phrase.Split(' ').Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..]));

    /// <summary>The values of a one-word phrase, for a word inside a token ("Hamas" in "Hamas-led"); empty when none.</summary>
    public IReadOnlyList<T> Word(ReadOnlySpan<char> word)
    {
        if (!root.HasChildren || (ignoreCase && word.Length > MaxFoldedToken))
            return [];
        Span<char> folded = stackalloc char[MaxFoldedToken];
        scoped ReadOnlySpan<char> key = word;
        if (ignoreCase)
            key = folded[..word.ToLowerInvariant(folded)];
        return root.Find(key) is { Values: { } values } ? values : [];
    }

    /// <summary>The longest phrase that starts at token <paramref name="start"/> and ends by token <paramref name="limit"/>.</summary>
    public PhraseMatch<T>? LongestAt(Document document, int start, int limit)
    {
        if (start >= limit || !firstWords.MayContain(ignoreCase ? document.LowerMatchWord(start) : document.MatchWord(start)))
            return null;
        var node = root;
        PhraseMatch<T>? best = null;
        for (var i = start; i < limit && node.HasChildren; i++)
        {
            if (node.Find(ignoreCase ? document.LowerMatchWord(i) : document.MatchWord(i)) is not { } child)
            {
                // "demanded on Friday that", "said in a statement that": the phrase goes on after the day or channel, if it does.
                if (readsThrough is null || i == start || readsThrough.After(document, i, limit) is not (> 0 and var after))
                    break;
                i = after - 1;
                continue;
            }
            node = child;
            if (node.Values is not null)
                best = new PhraseMatch<T>(start, i + 1, node.Values);
        }
        return best;
    }

    private sealed class Node
    {
        // Most nodes have one child (the inner words of a name): it is kept without a dictionary, which
        // would cost a few hundred bytes per node (the trie holds tens of thousands) and a hash per lookup.
        private string? onlyKey;
        private Node? onlyChild;
        private Dictionary<string, Node>? children;

        // Children's span lookup, made once: getting it checks the comparer's type, on every token of every document.
        private Dictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> lookup;

        public List<T>? Values;

        public bool HasChildren => onlyChild is not null || children is not null;

        public Node? Find(ReadOnlySpan<char> key)
        {
            if (onlyChild is not null)
                return key.SequenceEqual(onlyKey) ? onlyChild : null;
            return children is not null && lookup.TryGetValue(key, out var child) ? child : null;
        }

        public void Add(string key, Node child)
        {
            if (!HasChildren)
            {
                onlyKey = key;
                onlyChild = child;
                return;
            }
            if (children is null)
            {
                children = new Dictionary<string, Node>(StringComparer.Ordinal) { [onlyKey!] = onlyChild! };
                lookup = children.GetAlternateLookup<ReadOnlySpan<char>>();
                onlyKey = null;
                onlyChild = null;
            }
            children[key] = child;
        }
    }
}
