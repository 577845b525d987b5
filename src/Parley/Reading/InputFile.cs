using System.IO.Compression;

namespace Parley.Reading;

/// <summary>One input to read: a file, or standard input (<c>-</c>). Gzip-compressed files are opened transparently.</summary>
public sealed class InputFile
{
    private readonly Func<Stream>? openStandardInput;

    private InputFile(string path, Func<Stream>? openStandardInput)
    {
        Path = path;
        this.openStandardInput = openStandardInput;
    }

    /// <summary>The path as given, or <c>-</c> for standard input.</summary>
    public string Path { get; }

    /// <summary>True when the input is gzip-compressed (by its <c>.gz</c> extension).</summary>
    public bool IsCompressed => Path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);

    /// <summary>The file name that tells the format: the path without a <c>.gz</c> extension.</summary>
    public string FormatName => IsCompressed ? Path[..^3] : Path;

    /// <summary>An input read from a file.</summary>
    public static InputFile FromPath(string path) => new(path, null);

    /// <summary>An input read from a stream standing for standard input.</summary>
    public static InputFile FromStandardInput(Func<Stream> open) => new("-", open);

    /// <summary>The size in bytes when known before reading (uncompressed files only).</summary>
    public long? KnownLength => openStandardInput is null && !IsCompressed ? new FileInfo(Path).Length : null;

    /// <summary>Opens the content, decompressing when needed.</summary>
    public Stream Open()
    {
        var raw = openStandardInput is not null
            ? openStandardInput()
            : new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return IsCompressed ? new GZipStream(raw, CompressionMode.Decompress) : raw;
    }
}
