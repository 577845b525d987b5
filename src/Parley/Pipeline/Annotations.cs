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
}
