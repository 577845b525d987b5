namespace Parley.Reading;

/// <summary>How an input is read; <see cref="Auto"/> decides from the file name, then from the content.</summary>
public enum InputFormat
{
    /// <summary>Decide from the extension, else by sniffing the first bytes.</summary>
    Auto,
    /// <summary>Plain text, one article per file.</summary>
    Text,
    /// <summary>An HTML page; its main content is extracted.</summary>
    Html,
    /// <summary>An RSS or Atom feed; each item is an article.</summary>
    Rss,
    /// <summary>JSON Lines, one article object per line.</summary>
    Jsonl,
}
