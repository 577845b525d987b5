namespace Parley.Pipeline;

/// <summary>Names of the annotations components require and assign.</summary>
public static class Annotations
{
    /// <summary><see cref="Documents.Document.MatchText"/>: the text folded for matching.</summary>
    public const string MatchText = "match_text";

    /// <summary><see cref="Documents.Document.Blocks"/>: paragraphs, headings and list items.</summary>
    public const string Blocks = "blocks";

    /// <summary><see cref="Documents.Document.Tokens"/>.</summary>
    public const string Tokens = "tokens";

    /// <summary><see cref="Documents.Document.Sentences"/>.</summary>
    public const string Sentences = "sentences";

    /// <summary>The publication date in <see cref="Documents.Document.Metadata"/>.</summary>
    public const string PublicationDate = "publication_date";

    /// <summary>The title in <see cref="Documents.Document.Metadata"/>.</summary>
    public const string Title = "title";

    /// <summary><see cref="Documents.Document.Mentions"/>: actors, places and dates.</summary>
    public const string Mentions = "mentions";

    /// <summary>Events with type, parties, place and date.</summary>
    public const string Events = "events";

    /// <summary>Each event's modality, hedging and attribution.</summary>
    public const string Modality = "modality";

    /// <summary>Each event's PLOVER contexts.</summary>
    public const string Contexts = "contexts";

    /// <summary>Amounts attached to events.</summary>
    public const string Quantities = "quantities";

    /// <summary>Events told several times joined into one, with ids and confidence.</summary>
    public const string Merged = "merged_events";

    /// <summary>Document quality figures and flags.</summary>
    public const string Quality = "quality";
}
