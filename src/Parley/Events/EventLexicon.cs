using System.Collections.Frozen;
using System.Globalization;
using Parley.Lexicons;
using Parley.Matching;

namespace Parley.Events;

/// <summary>
/// Everything event coding knows, loaded from <c>lexicons/events/</c>: types and modes, patterns, the
/// cues of modality, context and response, and the words of quantities. Built once and shared.
/// </summary>
public sealed class EventLexicon
{
    private static readonly Lazy<EventLexicon> ShippedLexicon = new(() => Load(LexiconFiles.Shipped));

    private EventLexicon(FrozenDictionary<(string Type, string? Mode), EventCategory> categories, EventPatternMatcher patterns,
        PhraseMatcher<ModalityCue> modality, PhraseMatcher<string> contexts, PhraseMatcher<ResponseCue> responses,
        PhraseMatcher<QuantityWord> quantityWords, FrozenDictionary<string, decimal> scales, FrozenDictionary<string, string> quantityTakers,
        FrozenSet<string> currencies, PhraseMatcher<string> protestSeats, FrozenSet<string> givingVerbs, FrozenSet<string> commandVerbs)
    {
        ProtestSeats = protestSeats;
        GivingVerbs = givingVerbs;
        CommandVerbs = commandVerbs;
        Categories = categories;
        Patterns = patterns;
        Modality = modality;
        Contexts = contexts;
        Responses = responses;
        QuantityWords = quantityWords;
        Scales = scales;
        QuantityTakers = quantityTakers;
        Currencies = currencies;
    }

    /// <summary>The shipped lexicon.</summary>
    public static EventLexicon Shipped => ShippedLexicon.Value;

    /// <summary>Every type and mode by (type, mode); a null mode is the type's own line.</summary>
    public FrozenDictionary<(string Type, string? Mode), EventCategory> Categories { get; }

    /// <summary>The event patterns.</summary>
    public EventPatternMatcher Patterns { get; }

    /// <summary>Modality, hedge and attribution cues.</summary>
    public PhraseMatcher<ModalityCue> Modality { get; }

    /// <summary>Context cues.</summary>
    public PhraseMatcher<string> Contexts { get; }

    /// <summary>Words that tell an event answers the clause before it ("prompting", "in retaliation").</summary>
    public PhraseMatcher<ResponseCue> Responses { get; }

    /// <summary>Seats of power protesters go to ("outside parliament"), with the sector of the party each stands for.</summary>
    public PhraseMatcher<string> ProtestSeats { get; }

    /// <summary>Verbs whose first object is whom the second goes to ("granted Armenia a loan"), every form written out.</summary>
    public FrozenSet<string> GivingVerbs { get; }

    /// <summary>Verbs of command whose object may be told to do an act ("ordered his forces to suspend …"), every form written out.</summary>
    public FrozenSet<string> CommandVerbs { get; }

    /// <summary>Words of quantities: currencies, scales, counted nouns, victims, fates and numbers.</summary>
    public PhraseMatcher<QuantityWord> QuantityWords { get; }

    /// <summary>Scale words by lower-case form, for suffixes written onto a number ("1.5bn").</summary>
    public FrozenDictionary<string, decimal> Scales { get; }

    /// <summary>The event type an amount of a unit goes to first ("killed" → ASSAULT); "money" stands for every currency.</summary>
    public FrozenDictionary<string, string> QuantityTakers { get; }

    /// <summary>The units that are money: the currency codes of events/quantity-units.tsv ("USD", "EUR").</summary>
    public FrozenSet<string> Currencies { get; }

    /// <summary>The category of a type and mode.</summary>
    public EventCategory Category(string type, string? mode) =>
        Categories.TryGetValue((type, mode), out var category) ? category : Categories[(type, null)];

    /// <summary>Loads the event lexicons from the shipped files and a user folder.</summary>
    public static EventLexicon Load(LexiconFiles files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var categories = new Dictionary<(string, string?), EventCategory>();
        foreach (var line in files.Read("events/types.tsv", 6))
        {
            var f = line.Fields;
            if (!double.TryParse(f[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var score) || score is < -10 or > 10)
                throw line.Error($"score '{f[3]}' is not a number from -10 to 10.");
            var mode = f[1] == "-" ? null : f[1];
            var contexts = f[4] == "-" ? [] : f[4].Split(',');
            if (f[5] is not ("target" or "destination" or "home" or "-"))
                throw line.Error($"places '{f[5]}' is not 'target', 'destination', 'home' or '-'.");
            if (!categories.TryAdd((f[0], mode), new EventCategory(f[0], mode, f[2], score, contexts, f[5] == "target", f[5] == "destination", f[5] == "home", line.Source)))
                throw line.Error($"{f[0]} {f[1]} is defined twice.");
        }
        foreach (var type in categories.Keys.Select(k => k.Item1).Distinct().Where(t => !categories.ContainsKey((t, null))).ToArray())
            throw new LexiconFormatException("lexicons/events/types.tsv", 0, $"{type} has modes but no line of its own ('-').");

        var patterns = new List<(EventPattern, SourcedLine)>();
        foreach (var path in files.List("events").Where(p => Path.GetFileName(p).StartsWith("patterns", StringComparison.Ordinal)))
        {
            foreach (var line in files.Read(path, 5))
            {
                var f = line.Fields;
                var mode = f[1] == "-" ? null : f[1];
                if (!categories.TryGetValue((f[0], mode), out var category))
                    throw line.Error($"{f[0]} {f[1]} is not a type and mode of events/types.tsv.");
                var form = f[2] switch
                {
                    "verb" => EventForm.Verb,
                    "noun" => EventForm.Noun,
                    _ => throw line.Error($"form '{f[2]}' is neither verb nor noun."),
                };
                var roles = f[3] switch
                {
                    "subject-object" => RoleFrame.SubjectObject,
                    "subject" => RoleFrame.Subject,
                    "subject-place" => RoleFrame.SubjectPlace,
                    "object-subject" => RoleFrame.ObjectSubject,
                    "parties" => RoleFrame.Parties,
                    _ => throw line.Error($"roles '{f[3]}' is not subject-object, subject, subject-place, object-subject or parties."),
                };
                patterns.Add((new EventPattern(category, form, roles, f[4], line.Source), line));
            }
        }
        patterns.AddRange(JudgementPatterns.Read(files, categories));

        var adjuncts = new CueAdjuncts(Words(files, "events/speech-media.tsv"));
        var modality = new PhraseMatcher<ModalityCue>(ignoreCase: true, readsThrough: adjuncts);
        foreach (var line in files.Read("events/modality-cues.tsv", 2))
        {
            if (!Enum.TryParse<ModalityCue>(line.Fields[1], ignoreCase: true, out var cue) || !char.IsLower(line.Fields[1][0]))
                throw line.Error($"cue '{line.Fields[1]}' is not future, hypothetical, negated, hedge, report, source, past, condition or topic.");
            modality.Add(line.Fields[0], cue);
        }

        var contextCues = new PhraseMatcher<string>(ignoreCase: true);
        foreach (var line in files.Read("events/context-cues.tsv", 2))
            contextCues.Add(line.Fields[0], line.Fields[1]);

        var responses = new PhraseMatcher<ResponseCue>(ignoreCase: true);
        foreach (var line in files.Read("events/response-cues.tsv", 2))
        {
            var cue = line.Fields[1] switch
            {
                "causative" => ResponseCue.Causative,
                "response" => ResponseCue.Response,
                "reaction" => ResponseCue.Reaction,
                "ruling" => ResponseCue.Ruling,
                _ => throw line.Error($"cue '{line.Fields[1]}' is not causative, response, reaction or ruling."),
            };
            // A causative is looked up as the one word before the party that responds.
            if (cue is ResponseCue.Causative or ResponseCue.Reaction or ResponseCue.Ruling && line.Fields[0].Contains(' ', StringComparison.Ordinal))
                throw line.Error($"{line.Fields[1]} '{line.Fields[0]}' is not one word.");
            responses.Add(line.Fields[0], cue);
        }

        var quantityWords = new PhraseMatcher<QuantityWord>(ignoreCase: true);
        var scales = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var quantityTakers = new Dictionary<string, string>(StringComparer.Ordinal);
        var currencies = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in files.Read("events/quantity-units.tsv", 3))
        {
            var f = line.Fields;
            if (f[1] == "taker")
            {
                if (!categories.ContainsKey((f[2], null)))
                    throw line.Error($"'{f[2]}' is not an event type.");
                quantityTakers[f[0]] = f[2];
                continue;
            }
            var kind = f[1] switch
            {
                "currency" => QuantityWordKind.Currency,
                "scale" => QuantityWordKind.Scale,
                "count" => QuantityWordKind.Count,
                "victim" => QuantityWordKind.Victim,
                "fate" => QuantityWordKind.Fate,
                "number" => QuantityWordKind.Number,
                "duration" => QuantityWordKind.Duration,
                "lasting" => QuantityWordKind.Lasting,
                _ => throw line.Error($"kind '{f[1]}' is not currency, scale, count, victim, fate, number, duration, lasting or taker."),
            };
            decimal value = 0;
            var unit = f[2];
            if (kind == QuantityWordKind.Duration)
            {
                // "7 days": how many of the unit one of these words is.
                var space = unit.IndexOf(' ');
                if (space < 0 || !decimal.TryParse(unit[..space], NumberStyles.Number, CultureInfo.InvariantCulture, out value))
                    throw line.Error($"'{unit}' is not a number and a unit.");
                unit = unit[(space + 1)..];
            }
            if (kind is QuantityWordKind.Scale or QuantityWordKind.Number && !decimal.TryParse(f[2], NumberStyles.Number, CultureInfo.InvariantCulture, out value))
                throw line.Error($"'{f[2]}' is not a number.");
            quantityWords.Add(f[0], new QuantityWord(kind, unit, value));
            if (kind == QuantityWordKind.Currency)
                currencies.Add(unit);
            if (kind == QuantityWordKind.Scale)
                scales[f[0].ToLowerInvariant()] = value;
        }

        var protestSeats = new PhraseMatcher<string>(ignoreCase: true);
        foreach (var line in files.Read("events/protest-seats.tsv", 2))
            protestSeats.Add(line.Fields[0], line.Fields[1]);

        var givingVerbs = Words(files, "events/giving-verbs.tsv");
        var commandVerbs = Words(files, "events/command-verbs.tsv");

        return new EventLexicon(categories.ToFrozenDictionary(), EventPatternMatcher.Compile(patterns, adjuncts), modality, contextCues,
            responses, quantityWords, scales.ToFrozenDictionary(StringComparer.Ordinal), quantityTakers.ToFrozenDictionary(StringComparer.Ordinal),
            currencies.ToFrozenSet(StringComparer.Ordinal), protestSeats, givingVerbs, commandVerbs);
    }

    /// <summary>
    /// A list of single words, one a line, matched as a token is: a line of several words or of alternatives ("gave|granted")
    /// could never match, so it is an error naming the line.
    /// </summary>
    private static FrozenSet<string> Words(LexiconFiles files, string path)
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in files.Read(path, 1))
        {
            if (line.Fields[0].AsSpan().IndexOfAny(' ', '|') >= 0)
                throw line.Error($"'{line.Fields[0]}' is not one word: write one word form a line.");
            words.Add(line.Fields[0]);
        }
        return words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }
}
