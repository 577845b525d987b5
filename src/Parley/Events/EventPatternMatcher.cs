using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using Parley.Documents;
using Parley.Lexicons;
using Parley.Matching;

namespace Parley.Events;

/// <summary>
/// The compiled event patterns: each pattern is a list of steps (a set of words, or a gap of up to
/// <see cref="MaxGap"/> words), indexed by the words it can start with so a sentence is read once.
/// </summary>
public sealed class EventPatternMatcher
{
    /// <summary>The most words a <c>...</c> gap may skip.</summary>
    public const int MaxGap = 5;

    private static readonly List<EventPattern> NoPatterns = [];

    // Words that start a new phrase or clause, which a gap does not cross.
    private static readonly FewWords GapStoppers = new(
        "during", "after", "before", "while", "when", "which", "that", "who", "whom", "because", "since", "until", "if", "but", "under", "amid");

    // Words that open a noun phrase, so a "to" before them leads a place or a party ("troops to the border"), not a verb.
    private static readonly FewWords NounOpeners = new(
        "a", "an", "the", "its", "their", "his", "her", "this", "these", "those", "any", "our", "all", "some", "more", "about", "at");

    // Tokens past the start of a match whose adjuncts are remembered during one LongestAt: patterns are short, so
    // a match reaches further only through a long run of gaps, and such a token is simply read again.
    private const int RememberedTokens = 64;

    private static readonly Compiled[] NoCandidates = [];

    // Every word some step accepts, numbered: a token's word is looked up once per match, and each pattern's steps
    // compare numbers instead of hashing the same word again for every candidate.
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> vocabulary;

    // The patterns each word starts, by the word's number.
    private readonly Compiled[][] byFirstWord;

    // The vocabulary's words, tested before the vocabulary is asked: most tokens are in no pattern.
    private readonly WordFilter knownWords;

    private readonly CueAdjuncts adjuncts;

    private EventPatternMatcher(FrozenDictionary<string, int> vocabulary, Compiled[][] byFirstWord, WordFilter knownWords, CueAdjuncts adjuncts)
    {
        this.vocabulary = vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
        this.byFirstWord = byFirstWord;
        this.knownWords = knownWords;
        this.adjuncts = adjuncts;
    }

    /// <summary>
    /// Compiles patterns, read through the <paramref name="adjuncts"/> told between their words; a pattern that cannot be
    /// read is an error naming its line.
    /// </summary>
    public static EventPatternMatcher Compile(IEnumerable<(EventPattern Pattern, SourcedLine Line)> patterns, CueAdjuncts adjuncts)
    {
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var knownWords = new WordFilter();
        var index = new List<List<Compiled>>();
        foreach (var (pattern, line) in patterns)
        {
            var written = pattern.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var leading = Array.FindIndex(written, word => !IsLeadingStep(word));
            if (leading < 0)
                throw line.Error("a pattern needs a word of its own after the words in braces that stand before it.");
            var before = Array.ConvertAll(written[..leading], word => StepWords(word[1..^1], line) is { } step && !IsGap(step)
                ? Numbered(step, vocabulary, knownWords)
                : throw line.Error($"'{word}': the words in braces before a pattern are words, not a gap."));
            var own = written[leading..];
            var excluding = Array.ConvertAll(own, IsExcludingStep);
            var words = Array.ConvertAll(own, word => IsLeadingStep(word)
                ? throw line.Error($"'{word}': words in braces stand only at the start of a pattern, before its own words.")
                : StepWords(IsExcludingStep(word) ? word[1..] : word, line));
            if (words.Length == 0 || IsGap(words[0]) || IsGap(words[^1]))
                throw line.Error("a pattern must start and end with a word, not a gap.");
            if (excluding[0] || Enumerable.Range(1, words.Length - 1).Any(k => excluding[k] && IsGap(words[k])))
                throw line.Error("a '!' step excludes words after the pattern's first word: it can be neither the first step nor a gap.");
            RejectPhraseAlternatives(words, line);
            var steps = new WordSet?[words.Length];
            for (var k = 0; k < words.Length; k++)
                steps[k] = IsGap(words[k]) ? ReferenceEquals(words[k], ClauseGapWords) ? ClauseGap : null : Numbered(words[k]!, vocabulary, knownWords, excluding[k]);
            var compiled = new Compiled(pattern, before, steps);
            foreach (var first in words[0]!)
            {
                var id = vocabulary[first];
                while (index.Count <= id)
                    index.Add([]);
                index[id].Add(compiled);
            }
        }
        var byFirstWord = new Compiled[vocabulary.Count][];
        for (var id = 0; id < byFirstWord.Length; id++)
            byFirstWord[id] = id < index.Count && index[id].Count > 0 ? index[id].ToArray() : NoCandidates;
        return new EventPatternMatcher(vocabulary.ToFrozenDictionary(StringComparer.Ordinal), byFirstWord, knownWords, adjuncts);
    }

    /// <summary>A step's words as numbers of the <paramref name="vocabulary"/>, which numbers words new to it (and <paramref name="filter"/> learns them).</summary>
    private static WordSet Numbered(HashSet<string> words, Dictionary<string, int> vocabulary, WordFilter filter, bool excluding = false)
    {
        var ids = new int[words.Count];
        var k = 0;
        foreach (var word in words)
        {
            if (!vocabulary.TryGetValue(word, out var id))
            {
                vocabulary[word] = id = vocabulary.Count;
                filter.Add(word);
            }
            ids[k++] = id;
        }
        Array.Sort(ids);
        return new WordSet(ids, excluding);
    }

    /// <summary>
    /// Alternatives are single words, so "halt strikes|halt attacks" reads as "halt", "strikes|halt", "attacks" and never
    /// matches as meant. A word in two steps side by side is the sign of such a phrase written as an alternative: it is an
    /// error naming the line, not a pattern that silently finds nothing.
    /// </summary>
    private static void RejectPhraseAlternatives(HashSet<string>?[] steps, SourcedLine line)
    {
        for (var k = 1; k < steps.Length; k++)
        {
            if (IsGap(steps[k - 1]) || IsGap(steps[k]))
                continue;
            foreach (var word in steps[k - 1]!)
            {
                if (steps[k]!.Contains(word))
                    throw line.Error($"'{word}' stands in two steps side by side: alternatives (a|b) are single words, so 'a b|a c' reads "
                                     + "a, b|a, c. Write each phrase on a line of its own.");
            }
        }
    }

    /// <summary>
    /// The patterns matching longest at token <paramref name="start"/> (within <paramref name="limit"/>),
    /// one per category, in lexicon order; empty when none matches.
    /// </summary>
    public (int End, List<EventPattern> Patterns) LongestAt(Document document, int start, int limit)
    {
        // Most words start no pattern: they cost a lookup (once per document) and no allocation.
        var numbers = document.TokenNumbers(this, Unnumbered);
        var first = WordAt(document, numbers, start);
        if (first < 0 || byFirstWord[first].Length == 0)
            return (-1, NoPatterns);
        var remembered = Math.Clamp(limit - start - 1, 0, RememberedTokens);
        var read = new TokensRead(document, numbers, start + 1, limit, stackalloc int[remembered], stackalloc int[remembered]);
        // The list is made at the first match: "the", "a", "to" start patterns, and most of their candidates fail.
        var best = (End: -1, Patterns: NoPatterns);
        foreach (var candidate in byFirstWord[first])
        {
            if (candidate.Before.Length > 0 && !StandsAfter(document, numbers, start, candidate.Before))
                continue;
            var end = Match(ref read, candidate.Steps, 1, start + 1);
            if (end < 0 || end < best.End)
                continue;
            if (end > best.End)
            {
                best.End = end;
                if (ReferenceEquals(best.Patterns, NoPatterns))
                    best.Patterns = new List<EventPattern>(2);
                else
                    best.Patterns.Clear();
            }
            if (!HasType(best.Patterns, candidate.Pattern.Category.Type))
                best.Patterns.Add(candidate.Pattern);
        }
        return best;
    }

    // Words that may stand between a pattern's words in braces and its own: "could also buy", "would jointly finance".
    private static readonly FewWords Fillers = new("also", "then", "soon", "still", "now", "first", "each", "both");

    // How many such words, or adverbs in -ly ("is reportedly preparing"), may stand there.
    private const int FillerReach = 2;

    /// <summary>
    /// Whether the tokens before <paramref name="start"/> are the <paramref name="before"/> steps, one word each, in order:
    /// "will pay", "are to leave". A filler or two may stand between them and the cue.
    /// </summary>
    private bool StandsAfter(Document document, int[] numbers, int start, WordSet[] before)
    {
        var at = start - 1;
        for (var skipped = 0; skipped < FillerReach && at >= 0 && document.Tokens[at].Kind == TokenKind.Word
                              && !before[^1].Contains(WordAt(document, numbers, at)) && IsFiller(document.MatchWord(at)); skipped++)
            at--;
        for (var step = before.Length - 1; step >= 0; step--, at--)
        {
            if (at < 0 || !before[step].Contains(WordAt(document, numbers, at)))
                return false;
        }
        return true;
    }

    private static bool IsFiller(ReadOnlySpan<char> word) =>
        Fillers.Contains(word) || (word.Length > 4 && word.EndsWith("ly", StringComparison.OrdinalIgnoreCase) && char.IsLower(word[0]));

    /// <summary>A step written after '!', "!for|on": one word that is none of these ("call+ !for|on ..." names, "called for" appeals).</summary>
    private static bool IsExcludingStep(string word) => word.Length > 1 && word[0] == '!';

    /// <summary>A step written in braces, "{will|would}": a word that must stand before the cue and is not part of it.</summary>
    private static bool IsLeadingStep(string word) => word.Length > 2 && word[0] == '{' && word[^1] == '}';

    private static bool HasType(List<EventPattern> patterns, string type)
    {
        foreach (var pattern in patterns)
        {
            if (pattern.Category.Type == type)
                return true;
        }
        return false;
    }

    private int Match(ref TokensRead read, WordSet?[] steps, int step, int token)
    {
        var document = read.Document;
        var limit = read.Limit;
        if (step == steps.Length)
            return token;
        var words = steps[step];
        if (IsGap(words))
        {
            // A gap: the fewest words that let the rest match, within one phrase ("held direct talks",
            // not "held during the talks"). A date or channel in it is not counted ("accused Russia in an interview with
            // state television of shelling").
            for (int at = token, skipped = 0; skipped <= MaxGap && at < limit;)
            {
                var end = Match(ref read, steps, step + 1, at);
                if (end >= 0)
                    return end;
                if (EndsPhrase(document, at)
                    || (ReferenceEquals(words, ClauseGap) && OpensInfinitive(document, at)))
                    return -1;
                // Only a led adjunct counts as one word here ("on Sunday", "in a statement"): looking for a bare date at every
                // word of every gap is a search of the document's mentions each time, on the hottest path of extraction.
                var afterAdjunct = LedAdjunctsAfter(ref read, at);
                if (afterAdjunct > at)
                {
                    at = afterAdjunct;
                    continue;
                }
                at++;
                skipped++;
            }
            return -1;
        }
        if (token >= limit)
            return -1;
        if (words.Contains(WordAt(document, read.Numbers, token)))
            return Match(ref read, steps, step + 1, token + 1);
        // "vowed on Sunday to retaliate", "vowed in a televised address to retaliate" are "vowed to retaliate".
        var after = AdjunctsAfter(ref read, token);
        return after > token && words.Contains(WordAt(document, read.Numbers, after))
            ? Match(ref read, steps, step + 1, after + 1)
            : -1;
    }

    // A token whose word is not numbered yet, in a document's token numbers.
    private const int Unnumbered = int.MinValue;

    /// <summary>
    /// The number of the word at <paramref name="token"/>, or -1 when no step accepts it; looked up once per document and
    /// kept in its <paramref name="numbers"/>.
    /// </summary>
    private int WordAt(Document document, int[] numbers, int token)
    {
        if (numbers[token] is var known and not Unnumbered)
            return known;
        var word = document.LowerMatchWord(token);
        return numbers[token] = knownWords.MayContain(word) && vocabulary.TryGetValue(word, out var found) ? found : -1;
    }

    /// <summary><see cref="CueAdjuncts.After"/> at <paramref name="token"/>, which every candidate failing there would ask again.</summary>
    private int AdjunctsAfter(ref TokensRead read, int token)
    {
        if (TokensRead.Recall(read.AdjunctEnds, token - read.First) is var known and not TokensRead.Unread)
            return known;
        return TokensRead.Remember(read.AdjunctEnds, token - read.First, adjuncts.After(read.Document, token, read.Limit));
    }

    /// <summary>
    /// <see cref="AdjunctsAfter"/> when the word at <paramref name="token"/> may lead an adjunct, else -1: what a gap asks at
    /// each of its words, for each candidate whose gap passes there.
    /// </summary>
    private int LedAdjunctsAfter(ref TokensRead read, int token)
    {
        if (TokensRead.Recall(read.LedAdjunctEnds, token - read.First) is var known and not TokensRead.Unread)
            return known;
        var after = CueAdjuncts.MayLead(read.Document, token) ? AdjunctsAfter(ref read, token) : -1;
        return TokensRead.Remember(read.LedAdjunctEnds, token - read.First, after);
    }

    private static bool EndsPhrase(Document document, int token)
    {
        return (document.Tokens[token].Kind is TokenKind.Terminal
                || (document.Tokens[token].Kind is TokenKind.Punctuation && !InsideWord(document, token) && !IsPluralPossessive(document, token)))
               || GapStoppers.Contains(document.MatchWord(token));
    }

    /// <summary>
    /// The apostrophe of a plural's possessive, which stays inside its noun phrase: "scrapped lawmakers' perks" is one object.
    /// </summary>
    private static bool IsPluralPossessive(Document document, int token)
    {
        var t = document.Tokens[token];
        if (t.Length != 1 || token == 0 || document.MatchText[t.Start] is not ('\'' or '\u2019'))
            return false;
        var before = document.Tokens[token - 1];
        return before.Kind == TokenKind.Word && before.End == t.Start && document.MatchText[before.End - 1] is 's' or 'S'
               && (token + 1 >= document.Tokens.Length || document.Tokens[token + 1].Start > t.End);
    }

    /// <summary>
    /// An infinitive's "to", opening the clause of another act ("ordered him to pull his troops back"); a "to" before a name,
    /// number or article leads a place or a party ("ordered troops to the border").
    /// </summary>
    internal static bool OpensInfinitive(Document document, int token)
    {
        if (token + 1 >= document.Tokens.Length || !document.MatchWord(token).Equals("to", StringComparison.OrdinalIgnoreCase)
            || document.Tokens[token + 1].Kind != TokenKind.Word)
            return false;
        var next = document.MatchWord(token + 1);
        return char.IsLower(next[0]) && !NounOpeners.Contains(next);
    }

    /// <summary>
    /// A hyphen or slash with no space on either side joins the words of one modifier ("sign U.S.-brokered peace deal"),
    /// and a currency sign belongs to the amount after it ("received $2.2 billion").
    /// </summary>
    private static bool InsideWord(Document document, int token)
    {
        var t = document.Tokens[token];
        if (t.Length != 1 || token + 1 >= document.Tokens.Length || document.Tokens[token + 1].Start != t.End)
            return false;
        return document.MatchText[t.Start] switch
        {
            '-' or '/' => token > 0 && document.Tokens[token - 1].End == t.Start,
            '$' or '€' or '£' => document.Tokens[token + 1].Kind == TokenKind.Number,
            _ => false,
        };
    }

    private static HashSet<string>? StepWords(string word, SourcedLine line)
    {
        if (word == "...")
            return null;
        if (word == "..")
            return ClauseGapWords;
        var forms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var alternative in word.Split('|'))
        {
            if (alternative.Length == 0)
                throw line.Error($"'{word}' has an empty alternative.");
            foreach (var form in alternative.EndsWith('+') ? Inflections(alternative[..^1]) : [alternative])
            {
                // A word of letters is one token as it stands; anything else ("cease-fire", "n't") asks the tokenizer.
                if (form.All(char.IsAsciiLetter))
                {
                    forms.Add(form.ToLowerInvariant());
                    continue;
                }
                var tokens = PhraseTokens.Split(form);
                if (tokens.Length != 1)
                    throw line.Error($"'{form}' is {tokens.Length} tokens to Parley's tokenizer; write one word per step.");
                forms.Add(tokens[0].ToLowerInvariant());
            }
        }
        return forms;
    }

    /// <summary>A verb's regular forms: impose → impose, imposes, imposed, imposing; agree → agreeing; deny → denies, denied.</summary>
    public static IEnumerable<string> Inflections(string verb)
    {
        yield return verb;
        if (verb.EndsWith("ee", StringComparison.Ordinal))
        {
            yield return verb + "s";
            yield return verb + "d";
            yield return verb + "ing";
        }
        else if (verb.EndsWith('e'))
        {
            yield return verb + "s";
            yield return verb + "d";
            yield return verb[..^1] + "ing";
        }
        else if (verb.Length > 1 && verb.EndsWith('y') && !"aeiou".Contains(verb[^2], StringComparison.Ordinal))
        {
            yield return verb[..^1] + "ies";
            yield return verb[..^1] + "ied";
            yield return verb + "ing";
        }
        else if (verb.EndsWith('s') || verb.EndsWith('x') || verb.EndsWith('z') || verb.EndsWith("ch", StringComparison.Ordinal) || verb.EndsWith("sh", StringComparison.Ordinal))
        {
            yield return verb + "es";
            yield return verb + "ed";
            yield return verb + "ing";
        }
        else
        {
            yield return verb + "s";
            yield return verb + "ed";
            yield return verb + "ing";
        }
    }

    // A gap that stays in the clause of the cue's own verb: it stops at an infinitive, whose words are another act's
    // ("ordered him to pull his troops back" orders no troops anywhere: it asks for a withdrawal).
    private static readonly WordSet ClauseGap = new([]);

    // The clause gap while a pattern is read from its line, before its words are numbered.
    private static readonly HashSet<string> ClauseGapWords = [];

    private static bool IsGap([NotNullWhen(false)] WordSet? step) => step is null || ReferenceEquals(step, ClauseGap);

    private static bool IsGap([NotNullWhen(false)] HashSet<string>? step) => step is null || ReferenceEquals(step, ClauseGapWords);

    private sealed record Compiled(EventPattern Pattern, WordSet[] Before, WordSet?[] Steps);

    /// <summary>
    /// The numbers of the lower-case words one step of a pattern accepts, in ascending order; or, <paramref name="excluding"/>,
    /// of the words it refuses, any other token being accepted.
    /// </summary>
    private sealed class WordSet(int[] ids, bool excluding = false)
    {
        public bool Contains(int id) => (id >= 0 && Array.BinarySearch(ids, id) >= 0) != excluding;
    }

    /// <summary>
    /// What one <see cref="LongestAt"/> has read of the tokens from <see cref="First"/> on: the end of the adjuncts starting
    /// at each token (led or not), which the candidates failing at the same token would otherwise each look up again; and
    /// the document's word <see cref="Numbers"/>.
    /// </summary>
    private ref struct TokensRead(Document document, int[] numbers, int first, int limit, Span<int> adjunctEnds, Span<int> ledAdjunctEnds)
    {
        public const int Unread = int.MinValue;

        public readonly Document Document = document;

        public readonly int[] Numbers = numbers;

        public readonly int First = first;

        public readonly int Limit = limit;

        public readonly Span<int> AdjunctEnds = Fill(adjunctEnds);

        public readonly Span<int> LedAdjunctEnds = Fill(ledAdjunctEnds);

        /// <summary>What <paramref name="slots"/> hold for a token <paramref name="slot"/> places after the first; <see cref="Unread"/> when nothing, or past them.</summary>
        public static int Recall(Span<int> slots, int slot) => (uint)slot < (uint)slots.Length ? slots[slot] : Unread;

        /// <summary>Keeps <paramref name="value"/> for a token <paramref name="slot"/> places after the first, if the slots reach it; returns the value.</summary>
        public static int Remember(Span<int> slots, int slot, int value)
        {
            if ((uint)slot < (uint)slots.Length)
                slots[slot] = value;
            return value;
        }

        private static Span<int> Fill(Span<int> slots)
        {
            slots.Fill(Unread);
            return slots;
        }
    }
}
