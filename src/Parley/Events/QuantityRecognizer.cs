using System.Globalization;
using Parley.Documents;
using Parley.Mentions;
using Parley.Pipeline;

namespace Parley.Events;

/// <summary>
/// The "quantities" component: reads amounts in the sentences that have events and gives each to the
/// event whose words are nearest. Money keeps its currency and scale ("$1.5bn" → 1,500,000,000 USD);
/// counts keep their noun ("three Patriot batteries" → 3 batteries); people take their fate
/// ("killing 12 civilians" → 12 killed); lengths of time count when they measure the event ("a 30-day truce" →
/// 30 days). Words and units are data (<c>events/quantity-units.tsv</c>).
/// </summary>
public sealed class QuantityRecognizer(EventLexicon lexicon) : IPipelineComponent
{
    // Words a number may stand before its noun ("three Patriot air defence batteries").
    private const int NounReach = 4;

    // Words between a victim noun and its fate ("12 people were killed", "killing 12 people").
    private const int FateReach = 4;

    // Words between a lasting word and its number ("for at least 30 days", "within up to two weeks").
    private const int LastingReach = 3;

    /// <summary>A recogniser using the shipped event lexicon.</summary>
    public QuantityRecognizer() : this(EventLexicon.Shipped) { }

    /// <inheritdoc />
    public string Name => "quantities";

    /// <inheritdoc />
    public IReadOnlyList<string> Requires => [Annotations.Events];

    /// <inheritdoc />
    public IReadOnlyList<string> Assigns => [Annotations.Quantities];

    /// <inheritdoc />
    public void Process(Document document, CancellationToken cancellationToken)
    {
        foreach (var group in document.Events.GroupBy(e => e.Sentence))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sentence = document.Sentences[group.Key];
            for (var i = sentence.FirstToken; i < sentence.EndToken;)
            {
                if (Read(document, sentence, i) is not { } found)
                {
                    i++;
                    continue;
                }
                var (quantity, end, isMoney) = found;
                // An amount goes first to the kind of act it measures, even when another act is told nearer: money
                // to an act of giving ("signed into law a $95 billion package that provides military aid to Ukraine"),
                // the dead to an attack ("resigned after police shot dead 19 people protesting a ban").
                var takers = group.AsEnumerable();
                if (lexicon.QuantityTakers.TryGetValue(isMoney ? "money" : quantity.Unit, out var type) && group.Any(e => e.PloverCategory.Type == type))
                    takers = group.Where(e => e.PloverCategory.Type == type);
                var nearest = takers.MinBy(e => Math.Abs(e.Trigger.Start - quantity.Start))!;
                nearest.Quantities.Add(quantity);
                nearest.Explanations["quantities"] = "quantities: amounts in the sentence go to the event whose words are nearest, of the type that takes their unit when there is one (events/quantity-units.tsv)";
                i = end;
            }
        }
    }

    /// <summary>The amount whose words start at token <paramref name="i"/>, the token after it, and whether it is money.</summary>
    private (Quantity Quantity, int End, bool IsMoney)? Read(Document document, Sentence sentence, int i)
    {
        var limit = sentence.EndToken;
        if (HyphenatedDuration(document, i) is { } compound)
            return (compound, i + 1, false);
        string? currency = null;
        var start = i;
        // Before the number only a symbol names the currency ("$", "US$", "A$"): a currency word there ends the
        // amount before it ("billions of dollars a month" is not "a" = 1 dollar).
        if (Word(document, i, limit, QuantityWordKind.Currency) is { } symbol && !char.IsLetter(document.TextOf(document.Tokens[symbol.End - 1])[0]))
        {
            currency = symbol.Word.Unit;
            i = symbol.End;
        }
        if (Number(document, i, limit) is not { } number || NamesYear(document, i))
            return null;
        var (value, end) = number;
        if (Word(document, end, limit, QuantityWordKind.Scale) is { } scale)
        {
            value *= scale.Word.Value;
            end = scale.End;
        }
        // After the number only a currency word counts ("500 million dollars"): a symbol there opens the next
        // amount ("a €50 billion package" is not "a" = 1 euro).
        if (currency is null && end < limit && char.IsLetter(document.TextOf(document.Tokens[end])[0])
            && Word(document, end, limit, QuantityWordKind.Currency) is { } named)
        {
            currency = named.Word.Unit;
            end = named.End;
        }
        if (currency is not null)
            return (Make(document, start, end, value, currency), end, true);
        if (Duration(document, sentence, start, end, value) is { } lasting)
            return (lasting.Quantity, lasting.End, false);
        if (Word(document, end, limit, QuantityWordKind.Fate) is { } direct)
            return (Make(document, start, end, value, direct.Word.Unit), direct.End, false);
        if (BareCountAfterFate(document, sentence, start, end) is { } fate)
            return (Make(document, start, end, value, fate), end, false);
        for (var j = end; j < limit && j - end < NounReach; j++)
        {
            if (document.Tokens[j].Kind is TokenKind.Punctuation or TokenKind.Terminal)
                break;
            // Digits before the noun are its number, not a number word ahead of them ("an estimated 400,000 people").
            if (document.Tokens[j].Kind == TokenKind.Number && document.Tokens[start].Kind != TokenKind.Number)
                return null;
            if (Word(document, j, limit, QuantityWordKind.Count) is { } counted)
                return (Make(document, start, counted.End, value, counted.Word.Unit), counted.End, false);
            if (Word(document, j, limit, QuantityWordKind.Victim) is { } victim)
            {
                // Soldiers have a unit of their own when the sentence says nothing of their fate ("2,000 soldiers").
                var unit = Fate(document, sentence, start, victim.End) ?? (victim.Word.Unit == "-" ? null : victim.Word.Unit);
                return unit is null ? null : (Make(document, start, victim.End, value, unit), victim.End, false);
            }
        }
        return null;
    }

    /// <summary>
    /// How long the event lasts, when the number just read is followed by a unit of time: always after a hyphen
    /// ("a 30-day truce"), otherwise only after a lasting word ("for 90 days"), since "two days later" and
    /// "in seven weeks" date an act rather than measure it.
    /// </summary>
    private (Quantity Quantity, int End)? Duration(Document document, Sentence sentence, int start, int end, decimal value)
    {
        var hyphenated = end + 1 < sentence.EndToken && document.TextOf(document.Tokens[end]) is "-";
        if (Word(document, hyphenated ? end + 1 : end, sentence.EndToken, QuantityWordKind.Duration) is not { } unit
            || (!hyphenated && !LastingBefore(document, sentence, start)))
            return null;
        return (Make(document, start, unit.End, value * unit.Word.Value, unit.Word.Unit), unit.End);
    }

    private bool LastingBefore(Document document, Sentence sentence, int start)
    {
        for (var j = start - 1; j >= sentence.FirstToken && start - j <= LastingReach; j--)
        {
            if (document.Tokens[j].Kind is TokenKind.Punctuation or TokenKind.Terminal)
                return false;
            if (Word(document, j, sentence.EndToken, QuantityWordKind.Lasting) is not null)
                return true;
        }
        return false;
    }

    /// <summary>A duration written as one hyphenated word: "a four-day pause", "a three-month extension".</summary>
    private Quantity? HyphenatedDuration(Document document, int i)
    {
        var token = document.Tokens[i];
        if (token.Kind != TokenKind.Word)
            return null;
        var text = document.TextOf(token);
        var hyphen = text.IndexOf('-');
        if (hyphen <= 0
            || Of(lexicon.QuantityWords.Word(text[..hyphen]), QuantityWordKind.Number) is not { } number
            || Of(lexicon.QuantityWords.Word(text[(hyphen + 1)..]), QuantityWordKind.Duration) is not { } unit)
            return null;
        return Make(document, i, i + 1, number.Value * unit.Value, unit.Unit);
    }

    /// <summary>The first of <paramref name="words"/> of <paramref name="kind"/>, or null.</summary>
    private static QuantityWord? Of(IReadOnlyList<QuantityWord> words, QuantityWordKind kind)
    {
        foreach (var word in words)
        {
            if (word.Kind == kind)
                return word;
        }
        return null;
    }

    /// <summary>
    /// What happened to people counted in tokens from <paramref name="start"/> to <paramref name="end"/>: the nearer
    /// fate word before or after them, the one before on a tie ("killing 11 people and wounding 84 others").
    /// </summary>
    private string? Fate(Document document, Sentence sentence, int start, int end)
    {
        for (var distance = 1; distance <= FateReach; distance++)
        {
            var j = start - distance;
            if (j >= sentence.FirstToken && Word(document, j, sentence.EndToken, QuantityWordKind.Fate) is { } before)
                return before.Word.Unit;
            j = end + distance - 1;
            if (j < sentence.EndToken && Word(document, j, sentence.EndToken, QuantityWordKind.Fate) is { } after)
                return after.Word.Unit;
        }
        return null;
    }

    /// <summary>
    /// The fate of people counted by a number alone, right after the word that tells it and closing its phrase:
    /// "arresting dozens.", "killing hundreds and possibly thousands", "killed 3 and wounded 10". A number with a noun
    /// after it counts that noun instead ("killing 12 soldiers").
    /// </summary>
    private string? BareCountAfterFate(Document document, Sentence sentence, int start, int end)
    {
        if (start - 1 < sentence.FirstToken || Word(document, start - 1, sentence.EndToken, QuantityWordKind.Fate) is not { } fate
            || fate.End != start)
            return null;
        return end >= sentence.EndToken || document.Tokens[end].Kind is TokenKind.Punctuation or TokenKind.Terminal
            || document.TextOf(document.Tokens[end]) is "and" or "or" ? fate.Word.Unit : null;
    }

    /// <summary>A number at token <paramref name="i"/>: digits with an optional scale suffix ("1.5bn"), or number words ("tens of thousands").</summary>
    private (decimal Value, int End)? Number(Document document, int i, int limit)
    {
        if (i >= limit)
            return null;
        var token = document.Tokens[i];
        if (token.Kind == TokenKind.Number)
        {
            var text = document.TextOf(token);
            var digits = text.Length;
            while (digits > 0 && char.IsLetter(text[digits - 1]))
                digits--;
            var suffix = text[digits..].ToString().ToLowerInvariant();
            if (!decimal.TryParse(text[..digits], NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
                return null;
            if (suffix.Length > 0)
            {
                if (!lexicon.Scales.TryGetValue(suffix, out var scale))
                    return null; // "155mm", "3rd": not an amount
                value *= scale;
            }
            return (value, i + 1);
        }
        return Word(document, i, limit, QuantityWordKind.Number) is { } word ? (word.Word.Value, word.End) : null;
    }

    /// <summary>
    /// Whether token <paramref name="i"/> is a year a date mention covers: "In 2021 Poland sent troops" tells when, not how
    /// many. Only four digits of 1900–2099 are looked up, so the mentions are scanned rarely.
    /// </summary>
    private static bool NamesYear(Document document, int i)
    {
        var token = document.Tokens[i];
        var text = document.TextOf(token);
        if (token.Kind != TokenKind.Number || text.Length != 4 || !(text.StartsWith("19", StringComparison.Ordinal) || text.StartsWith("20", StringComparison.Ordinal)))
            return false;
        foreach (var mention in document.Mentions)
        {
            if (mention.Kind == MentionKind.Date && mention.Start <= token.Start && token.End <= mention.End)
                return true;
        }
        return false;
    }

    private (QuantityWord Word, int End)? Word(Document document, int i, int limit, QuantityWordKind kind)
    {
        if (i >= limit || lexicon.QuantityWords.LongestAt(document, i, limit) is not { } match)
            return null;
        var word = Of(match.Values, kind);
        return word is null ? null : (word, match.End);
    }

    // Dividing by one with many zeros drops the trailing zeros a scale leaves ("$1.85bn" is 1850000000, not
    // 1850000000.00, in every output).
    private static Quantity Make(Document document, int first, int end, decimal value, string unit) =>
        new(document.Tokens[first].Start, document.Tokens[end - 1].End, value / 1.000000000000000000000000000000000m, unit);
}
