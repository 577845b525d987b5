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
    private static readonly FrozenSet<string> GapStoppers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "during", "after", "before", "while", "when", "which", "that", "who", "whom", "because", "since", "until", "if", "but", "under", "amid");

    // Words that open a noun phrase, so a "to" before them leads a place or a party ("troops to the border"), not a verb.
    private static readonly FrozenSet<string> NounOpeners = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "a", "an", "the", "its", "their", "his", "her", "this", "these", "those", "any", "our", "all", "some", "more", "about", "at");

    private readonly FrozenDictionary<string, Compiled[]>.AlternateLookup<ReadOnlySpan<char>> byFirstWord;

    private readonly CueAdjuncts adjuncts;

    private EventPatternMatcher(FrozenDictionary<string, Compiled[]> index, CueAdjuncts adjuncts)
    {
        byFirstWord = index.GetAlternateLookup<ReadOnlySpan<char>>();
        this.adjuncts = adjuncts;
    }

    /// <summary>
    /// Compiles patterns, read through the <paramref name="adjuncts"/> told between their words; a pattern that cannot be
    /// read is an error naming its line.
    /// </summary>
    public static EventPatternMatcher Compile(IEnumerable<(EventPattern Pattern, SourcedLine Line)> patterns, CueAdjuncts adjuncts)
    {
        var index = new Dictionary<string, List<Compiled>>(StringComparer.Ordinal);
        foreach (var (pattern, line) in patterns)
        {
            var steps = pattern.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(word => Step(word, line)).ToArray();
            if (steps.Length == 0 || IsGap(steps[0]) || IsGap(steps[^1]))
                throw line.Error("a pattern must start and end with a word, not a gap.");
            RejectPhraseAlternatives(steps, line);
            var compiled = new Compiled(pattern, steps);
            foreach (var first in steps[0]!.Words)
            {
                if (!index.TryGetValue(first, out var list))
                    index[first] = list = [];
                list.Add(compiled);
            }
        }
        return new EventPatternMatcher(index.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal), adjuncts);
    }

    /// <summary>
    /// Alternatives are single words, so "halt strikes|halt attacks" reads as "halt", "strikes|halt", "attacks" and never
    /// matches as meant. A word in two steps side by side is the sign of such a phrase written as an alternative: it is an
    /// error naming the line, not a pattern that silently finds nothing.
    /// </summary>
    private static void RejectPhraseAlternatives(WordSet?[] steps, SourcedLine line)
    {
        for (var k = 1; k < steps.Length; k++)
        {
            if (IsGap(steps[k - 1]) || IsGap(steps[k]))
                continue;
            foreach (var word in steps[k - 1]!.Words)
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
        // Most words start no pattern: they cost a lookup and no allocation.
        if (!byFirstWord.TryGetValue(document.LowerMatchWord(start), out var candidates))
            return (-1, NoPatterns);
        var best = (End: -1, Patterns: new List<EventPattern>(2));
        foreach (var candidate in candidates)
        {
            var end = Match(document, candidate.Steps, 1, start + 1, limit);
            if (end < 0 || end < best.End)
                continue;
            if (end > best.End)
            {
                best.End = end;
                best.Patterns.Clear();
            }
            if (!best.Patterns.Exists(p => p.Category.Type == candidate.Pattern.Category.Type))
                best.Patterns.Add(candidate.Pattern);
        }
        return best;
    }

    private int Match(Document document, WordSet?[] steps, int step, int token, int limit)
    {
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
                var end = Match(document, steps, step + 1, at, limit);
                if (end >= 0)
                    return end;
                if (EndsPhrase(document, at)
                    || (ReferenceEquals(words, ClauseGap) && OpensInfinitive(document, at)))
                    return -1;
                // Only a led adjunct counts as one word here ("on Sunday", "in a statement"): looking for a bare date at every
                // word of every gap is a search of the document's mentions each time, on the hottest path of extraction.
                var afterAdjunct = CueAdjuncts.MayLead(document, at) ? adjuncts.After(document, at, limit) : -1;
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
        if (words.Contains(document.LowerMatchWord(token)))
            return Match(document, steps, step + 1, token + 1, limit);
        // "vowed on Sunday to retaliate", "vowed in a televised address to retaliate" are "vowed to retaliate".
        var after = adjuncts.After(document, token, limit);
        return after > token && words.Contains(document.LowerMatchWord(after))
            ? Match(document, steps, step + 1, after + 1, limit)
            : -1;
    }

    private static bool EndsPhrase(Document document, int token)
    {
        return (document.Tokens[token].Kind is TokenKind.Terminal || (document.Tokens[token].Kind is TokenKind.Punctuation && !InsideWord(document, token)))
               || GapStoppers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.MatchWord(token));
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
        return char.IsLower(next[0]) && !NounOpeners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(next);
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

    private static WordSet? Step(string word, SourcedLine line)
    {
        if (word == "...")
            return null;
        if (word == "..")
            return ClauseGap;
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
        return new WordSet(forms);
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

    private static bool IsGap([NotNullWhen(false)] WordSet? step) => step is null || ReferenceEquals(step, ClauseGap);

    private sealed record Compiled(EventPattern Pattern, WordSet?[] Steps);

    /// <summary>The lower-case words one step of a pattern accepts, with their span lookup made once (getting it checks the comparer's type).</summary>
    private sealed class WordSet(HashSet<string> words)
    {
        private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();

        public bool Contains(ReadOnlySpan<char> word) => lookup.Contains(word);

        public IEnumerable<string> Words => lookup.Set;
    }
}
