namespace Parley.Reading;

/// <summary>Chooses how to read an input: from its extension, else from its first bytes.</summary>
public static class FormatDetector
{
    /// <summary>The format for a file name, or <see cref="InputFormat.Auto"/> when the extension says nothing.</summary>
    public static InputFormat FromName(string name) => Path.GetExtension(name).ToLowerInvariant() switch
    {
        ".txt" or ".text" or ".md" => InputFormat.Text,
        ".html" or ".htm" or ".xhtml" => InputFormat.Html,
        ".rss" or ".atom" or ".xml" => InputFormat.Rss,
        ".jsonl" or ".ndjson" or ".json" => InputFormat.Jsonl,
        _ => InputFormat.Auto,
    };

    /// <summary>The format suggested by the first bytes of an input (after any byte-order mark and whitespace).</summary>
    public static InputFormat Sniff(ReadOnlySpan<byte> head)
    {
        var text = TextDecoder.DecodeHead(head).AsSpan().TrimStart();
        if (text.IsEmpty)
            return InputFormat.Text;
        if (text[0] == '{')
            return InputFormat.Jsonl;
        if (text[0] != '<')
            return InputFormat.Text;
        if (text.Contains("<rss", StringComparison.OrdinalIgnoreCase) || text.Contains("<feed", StringComparison.OrdinalIgnoreCase)
            || text.Contains("<rdf:RDF", StringComparison.OrdinalIgnoreCase))
            return InputFormat.Rss;
        return InputFormat.Html;
    }
}
