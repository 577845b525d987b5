namespace Parley.Reading;

/// <summary>
/// Reads articles from inputs of any supported format. Never throws for bad input: each file (or
/// line, or feed item) that cannot be read becomes a <see cref="ReadFailure"/> naming it and the
/// reason, and reading goes on with the rest.
/// </summary>
public sealed class DocumentSource(ReaderOptions options)
{
    private const int SniffBytes = 4096;

    /// <summary>Reads every document from <paramref name="paths"/> (files, directories, or <c>-</c>).</summary>
    public IEnumerable<ReadOutcome> Read(IEnumerable<string> paths, Func<Stream> standardInput, CancellationToken cancellationToken = default)
    {
        foreach (var entry in InputEnumerator.Expand(paths, standardInput))
        {
            if (entry.Failure is { } failure)
            {
                yield return ReadOutcome.Failed(failure.Origin, failure.Reason);
                continue;
            }
            foreach (var outcome in Read(entry.File!, cancellationToken))
                yield return outcome;
        }
    }

    /// <summary>Reads every document of one input.</summary>
    public IEnumerable<ReadOutcome> Read(InputFile file, CancellationToken cancellationToken = default)
    {
        // Exceptions from the file system or a corrupt gzip stream can surface at any step of the
        // enumeration; catch them per step so that what was read before still counts.
        using var outcomes = ReadUnguarded(file, cancellationToken).GetEnumerator();
        while (true)
        {
            ReadOutcome outcome;
            var broken = false;
            try
            {
                if (!outcomes.MoveNext())
                    yield break;
                outcome = outcomes.Current;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                outcome = ReadOutcome.Failed(file.Path, $"cannot read: {e.Message}");
                broken = true;
            }
            yield return outcome;
            if (broken)
                yield break;
        }
    }

    private IEnumerable<ReadOutcome> ReadUnguarded(InputFile file, CancellationToken cancellationToken)
    {
        var format = options.Format != InputFormat.Auto ? options.Format : FormatDetector.FromName(file.FormatName);
        if (file.KnownLength is { } size && size > options.MaxDocumentBytes && format != InputFormat.Jsonl)
        {
            yield return TooLarge(file.Path, size);
            yield break;
        }
        using var stream = file.Open();
        var content = stream;
        if (format == InputFormat.Auto)
        {
            var head = new byte[SniffBytes];
            var length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            format = FormatDetector.Sniff(head.AsSpan(0, length));
            content = new PrefixedStream(head, length, stream);
        }
        if (format == InputFormat.Jsonl)
        {
            foreach (var outcome in JsonLinesReader.Read(content, file.Path, options, cancellationToken))
                yield return outcome;
            yield break;
        }
        var bytes = ReadBounded(content, options.MaxDocumentBytes + 1);
        if (bytes.Length > options.MaxDocumentBytes)
        {
            yield return TooLarge(file.Path, null);
            yield break;
        }
        if (bytes.Length == 0)
        {
            yield return ReadOutcome.Failed(file.Path, "empty file (0 bytes).");
            yield break;
        }
        var decoded = TextDecoder.Decode(bytes, honourDeclaredCharset: format is InputFormat.Html or InputFormat.Rss);
        if (decoded.Error is { } error)
        {
            yield return ReadOutcome.Failed(file.Path, error);
            yield break;
        }
        var text = decoded.Text!;
        switch (format)
        {
            case InputFormat.Html:
                yield return HtmlArticleReader.Read(text, file.Path, options);
                break;
            case InputFormat.Rss:
                foreach (var outcome in FeedArticleReader.Read(text, file.Path))
                    yield return outcome;
                break;
            default:
                yield return PlainTextReader.Read(text, file.Path);
                break;
        }
    }

    private ReadOutcome TooLarge(string origin, long? size)
    {
        var limit = options.MaxDocumentBytes / (1024.0 * 1024);
        var actual = size is { } s ? $"{s / (1024.0 * 1024):N0} MiB, " : "";
        return ReadOutcome.Failed(origin, $"too large ({actual}over the {limit:N0} MiB limit for one article); split it or raise --max-doc-mb.");
    }

    private static byte[] ReadBounded(Stream stream, long limit)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[1 << 16];
        int read;
        while (buffer.Length < limit && (read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, limit - buffer.Length))) > 0)
            buffer.Write(chunk, 0, read);
        return buffer.ToArray();
    }
}
