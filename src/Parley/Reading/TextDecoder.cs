using System.Text;
using System.Text.RegularExpressions;

namespace Parley.Reading;

/// <summary>
/// Turns bytes into text: a byte-order mark wins, then a charset the markup declares
/// (<c>&lt;meta charset&gt;</c>, <c>&lt;?xml encoding?&gt;</c>), else strict UTF-8. Binary content and
/// invalid UTF-8 are refused with the reason, never silently replaced.
/// </summary>
public static partial class TextDecoder
{
    private const int DeclarationWindow = 2048;

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Result of decoding: the text, or why there is none.</summary>
    public readonly record struct Decoded(string? Text, string? Error);

    /// <summary>Decodes a whole input.</summary>
    /// <param name="bytes">The content.</param>
    /// <param name="honourDeclaredCharset">Look for a charset declared in HTML or XML markup.</param>
    public static Decoded Decode(ReadOnlySpan<byte> bytes, bool honourDeclaredCharset)
    {
        var bom = BomEncoding(bytes, out var bomLength);
        if (bom is not null)
            return Strict(bom, bytes[bomLength..]);
        if (bytes.IndexOf((byte)0) >= 0)
            return new Decoded(null, $"binary content (NUL byte at offset {bytes.IndexOf((byte)0):N0}); expected text.");
        if (honourDeclaredCharset && DeclaredEncoding(bytes) is { } declared && declared.CodePage != Encoding.UTF8.CodePage)
            return Strict(declared, bytes);
        return Strict(new UTF8Encoding(false, true), bytes);
    }

    /// <summary>A lenient decoding of the first bytes, for sniffing the format only.</summary>
    public static string DecodeHead(ReadOnlySpan<byte> head)
    {
        var bom = BomEncoding(head, out var bomLength);
        return (bom ?? Encoding.UTF8).GetString(head[bomLength..]);
    }

    private static Decoded Strict(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        var strict = Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        try
        {
            return new Decoded(strict.GetString(bytes), null);
        }
        catch (DecoderFallbackException e)
        {
            var name = strict.CodePage == Encoding.UTF8.CodePage ? "UTF-8" : strict.WebName;
            return new Decoded(null, $"invalid {name}: bytes that are not valid {name} near offset {Math.Max(0, e.Index):N0}; re-encode the file as UTF-8.");
        }
    }

    private static Encoding? BomEncoding(ReadOnlySpan<byte> bytes, out int length)
    {
        length = 0;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) { length = 3; return Encoding.UTF8; }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00])) { length = 4; return Encoding.UTF32; }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) { length = 2; return Encoding.Unicode; }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) { length = 2; return Encoding.BigEndianUnicode; }
        return null;
    }

    private static Encoding? DeclaredEncoding(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, DeclarationWindow)]);
        var match = CharsetDeclaration().Match(head);
        if (!match.Success)
            return null;
        try
        {
            return Encoding.GetEncoding(match.Groups["charset"].Value);
        }
        catch (ArgumentException)
        {
            return null; // an unknown charset name: fall back to UTF-8
        }
    }

    [GeneratedRegex("""(?:<meta[^>]+charset\s*=\s*["']?|<\?xml[^>]+encoding\s*=\s*["'])(?<charset>[A-Za-z0-9_\-:.]+)""",
        // It reads only the first DeclarationWindow bytes: the timeout is a safety net, wide enough for a starved thread.
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 5000)]
    private static partial Regex CharsetDeclaration();
}
