namespace Parley.Reading;

/// <summary>Options for reading inputs.</summary>
public sealed record ReaderOptions
{
    /// <summary>Default for <see cref="MaxDocumentBytes"/>: 32 MiB, far above any real article.</summary>
    public const long DefaultMaxDocumentBytes = 32L * 1024 * 1024;

    /// <summary>Default for <see cref="MaxHtmlDepth"/>.</summary>
    public const int DefaultMaxHtmlDepth = 1000;

    /// <summary>Forces a format instead of detecting it.</summary>
    public InputFormat Format { get; init; } = InputFormat.Auto;

    /// <summary>Largest single article (a file, a feed, or a JSON line) read, in bytes; larger ones are refused.</summary>
    public long MaxDocumentBytes { get; init; } = DefaultMaxDocumentBytes;

    /// <summary>Deepest element nesting accepted in HTML; deeper pages are refused before parsing.</summary>
    public int MaxHtmlDepth { get; init; } = DefaultMaxHtmlDepth;
}
