using System.Buffers;
using Parley.Lexicons;
using Parley.Text;

namespace Parley.Commitments;

/// <summary>
/// The words that tell how far an aid commitment has got (delivered, pledged, announced, disputed), what
/// it pays for (military, humanitarian, financial), and that a sum is part of a larger one ("includes $20bn",
/// "$20bn of the $50bn"), from <c>lexicons/events/commitment-cues.tsv</c>.
/// </summary>
public sealed class CommitmentCues
{
    /// <summary>The lexicon file, below <c>lexicons/</c>.</summary>
    public const string Path = "events/commitment-cues.tsv";

    private static readonly Lazy<CommitmentCues> ShippedCues = new(() => Load(LexiconFiles.Shipped));

    private static readonly string[] Statuses = ["announced", "pledged", "delivered", "disputed"];
    private static readonly string[] Categories = ["military", "humanitarian", "financial"];

    // Which amount a part cue stands before: the part's ("includes $20bn") or the whole's ("$20bn of the $50bn").
    private const string PartFollows = "part-follows";
    private const string WholeFollows = "whole-follows";
    private static readonly string[] PartPlaces = [PartFollows, WholeFollows];

    // Words that may stand between a part cue and its amount ("includes about $60.8 billion", "of the roughly $95bn").
    private const int PartCueReach = 2;

    // What may stand between a cue and the next word: spaces and the punctuation of a list or aside.
    private static readonly SearchValues<char> Gap = SearchValues.Create(" \t,:;(\u2014\u2013");

    private readonly (string Phrase, string Value)[] statusCues;
    private readonly (string Phrase, string Value)[] categoryCues;
    private readonly string[] partFollowsCues;
    private readonly string[] wholeFollowsCues;

    private CommitmentCues((string, string)[] statusCues, (string, string)[] categoryCues, string[] partFollowsCues, string[] wholeFollowsCues)
    {
        this.statusCues = statusCues;
        this.categoryCues = categoryCues;
        this.partFollowsCues = partFollowsCues;
        this.wholeFollowsCues = wholeFollowsCues;
    }

    /// <summary>The shipped cues.</summary>
    public static CommitmentCues Shipped => ShippedCues.Value;

    /// <summary>Loads the cues from the shipped file and a user folder's file of the same name.</summary>
    /// <exception cref="LexiconFormatException">A line is malformed.</exception>
    public static CommitmentCues Load(LexiconFiles files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var status = new List<(string, string)>();
        var category = new List<(string, string)>();
        var partFollows = new List<string>();
        var wholeFollows = new List<string>();
        foreach (var line in files.Read(Path, 3))
        {
            var (phrase, kind, value) = (line.Fields[0], line.Fields[1], line.Fields[2]);
            if (phrase.Any(char.IsUpper))
                throw line.Error($"'{phrase}' must be lower case.");
            switch (kind)
            {
                case "status" when Statuses.Contains(value):
                    status.Add((phrase, value));
                    break;
                case "category" when Categories.Contains(value):
                    category.Add((phrase, value));
                    break;
                case "part" when value == PartFollows:
                    partFollows.Add(phrase);
                    break;
                case "part" when value == WholeFollows:
                    wholeFollows.Add(phrase);
                    break;
                case "status" or "category" or "part":
                    throw line.Error($"'{value}' is no {kind} (use {string.Join(", ", kind switch { "status" => Statuses, "category" => Categories, _ => PartPlaces })}).");
                default:
                    throw line.Error($"'{kind}' is no kind of cue (use status, category or part).");
            }
        }
        return new CommitmentCues([.. status], [.. category], [.. partFollows], [.. wholeFollows]);
    }

    /// <summary>The strongest status a sentence's words give (disputed, delivered, pledged, announced), or null.</summary>
    public string? StatusIn(string sentence)
    {
        string? strongest = null;
        foreach (var (phrase, value) in statusCues)
        {
            if ((strongest is null || Array.IndexOf(Statuses, value) > Array.IndexOf(Statuses, strongest)) && WholeWords.Contains(sentence, phrase, StringComparison.OrdinalIgnoreCase))
                strongest = value;
        }
        return strongest;
    }

    /// <summary>The category a sentence's words give, military before humanitarian before financial, or null.</summary>
    public string? CategoryIn(string sentence)
    {
        foreach (var category in Categories)
        {
            foreach (var (phrase, value) in categoryCues)
            {
                if (value == category && WholeWords.Contains(sentence, phrase, StringComparison.OrdinalIgnoreCase))
                    return category;
            }
        }
        return null;
    }

    /// <summary>
    /// Whether the amount at <paramref name="position"/> of <paramref name="sentence"/> is told as part of a larger
    /// one: a cue such as "includes" or "of which" stands before it ("the bill includes about $60.8 billion").
    /// </summary>
    public bool IsPartAt(string sentence, int position) => CueEndsBefore(sentence, position, partFollowsCues);

    /// <summary>
    /// Whether the amount at <paramref name="position"/> of <paramref name="sentence"/> is told as a whole that another
    /// amount is part of: a cue such as "of the" or "out of the" stands before it ("$20bn of the $50bn package").
    /// </summary>
    public bool IsWholeAt(string sentence, int position) => CueEndsBefore(sentence, position, wholeFollowsCues);

    // A cue ends at most PartCueReach words before the position, as whole words.
    private static bool CueEndsBefore(string sentence, int position, string[] cues)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var head = WithoutGap(sentence.AsSpan(0, position));
        for (var words = 0; words <= PartCueReach && head.Length > 0; words++)
        {
            foreach (var cue in cues)
            {
                if (head.EndsWith(cue, StringComparison.OrdinalIgnoreCase) && (head.Length == cue.Length || !char.IsLetterOrDigit(head[head.Length - cue.Length - 1])))
                    return true;
            }
            head = WithoutGap(head[..(head.LastIndexOfAny(Gap) + 1)]);
        }
        return false;
    }

    private static ReadOnlySpan<char> WithoutGap(ReadOnlySpan<char> text)
    {
        var end = text.Length;
        while (end > 0 && Gap.Contains(text[end - 1]))
            end--;
        return text[..end];
    }
}
