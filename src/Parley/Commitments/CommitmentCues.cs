using Parley.Lexicons;
using Parley.Text;

namespace Parley.Commitments;

/// <summary>
/// The words that tell how far an aid commitment has got (delivered, pledged, announced, disputed) and what
/// it pays for (military, humanitarian, financial), from <c>lexicons/events/commitment-cues.tsv</c>.
/// </summary>
public sealed class CommitmentCues
{
    /// <summary>The lexicon file, below <c>lexicons/</c>.</summary>
    public const string Path = "events/commitment-cues.tsv";

    private static readonly Lazy<CommitmentCues> ShippedCues = new(() => Load(LexiconFiles.Shipped));

    private static readonly string[] Statuses = ["announced", "pledged", "delivered", "disputed"];
    private static readonly string[] Categories = ["military", "humanitarian", "financial"];

    private readonly (string Phrase, string Value)[] statusCues;
    private readonly (string Phrase, string Value)[] categoryCues;

    private CommitmentCues((string, string)[] statusCues, (string, string)[] categoryCues)
    {
        this.statusCues = statusCues;
        this.categoryCues = categoryCues;
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
                case "status" or "category":
                    throw line.Error($"'{value}' is no {kind} (use {string.Join(", ", kind == "status" ? Statuses : Categories)}).");
                default:
                    throw line.Error($"'{kind}' is no kind of cue (use status or category).");
            }
        }
        return new CommitmentCues([.. status], [.. category]);
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
}
