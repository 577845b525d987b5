using System.Buffers;
using System.Reflection;
using System.Text;

namespace Parley.Lexicons;

/// <summary>
/// Reads the lexicon files embedded from the repository's <c>lexicons/</c> folder. Every file starts with
/// <c># parley-lexicon: NAME</c> and <c># version: N</c>; other lines starting with <c>#</c> and blank lines
/// are comments; data lines are tab-separated fields.
/// </summary>
public static class LexiconFile
{
    /// <summary>The data lines of <paramref name="path"/> (for example <c>text/abbreviations.tsv</c>).</summary>
    /// <param name="path">Path below <c>lexicons/</c>.</param>
    /// <param name="fieldCount">Exact number of tab-separated fields each data line must have.</param>
    /// <exception cref="LexiconFormatException">A header or data line is malformed.</exception>
    public static IReadOnlyList<LexiconLine> Read(string path, int fieldCount)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("lexicons/" + path)
            ?? throw new FileNotFoundException($"Lexicon 'lexicons/{path}' is not embedded in the Parley assembly.");
        // Decoded in one piece into one string: a reader would build it through a growing buffer.
        var bytes = ArrayPool<byte>.Shared.Rent((int)stream.Length);
        try
        {
            var text = bytes.AsSpan(0, (int)stream.Length);
            stream.ReadExactly(text);
            if (text.StartsWith(Encoding.UTF8.Preamble))
                text = text[Encoding.UTF8.Preamble.Length..];
            return Parse(path, Encoding.UTF8.GetString(text), fieldCount);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>Parses lexicon text; exposed for the validator and tests.</summary>
    public static IReadOnlyList<LexiconLine> Parse(string path, TextReader reader, int fieldCount)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Parse(path, reader.ReadToEnd(), fieldCount);
    }

    // The whole text at once, read line by line as spans: start-up parses ~19,000 lines, and a string
    // per line (only its fields are kept) was megabytes of garbage before the first article.
    private static List<LexiconLine> Parse(string path, ReadOnlySpan<char> rest, int fieldCount)
    {
        var lines = new List<LexiconLine>(rest.Count('\n') + 1);
        var number = 0;
        var sawName = false;
        var sawVersion = false;
        while (!rest.IsEmpty)
        {
            // Line ends as TextReader.ReadLine knows them: \n, \r or \r\n.
            var end = rest.IndexOfAny('\r', '\n');
            var line = end < 0 ? rest : rest[..end];
            rest = end < 0 ? [] : rest[(rest[end] == '\r' && end + 1 < rest.Length && rest[end + 1] == '\n' ? end + 2 : end + 1)..];
            number++;
            if (line.StartsWith('#'))
            {
                sawName |= line.StartsWith("# parley-lexicon:", StringComparison.Ordinal);
                sawVersion |= line.StartsWith("# version:", StringComparison.Ordinal);
                continue;
            }
            if (line.IsWhiteSpace())
                continue;
            if (!sawName || !sawVersion)
                throw new LexiconFormatException(path, number, "data before the '# parley-lexicon:' and '# version:' header lines.");
            var count = line.Count('\t') + 1;
            if (count != fieldCount)
                throw new LexiconFormatException(path, number, $"expected {fieldCount} tab-separated field(s), found {count}.");
            var fields = new string[count];
            var i = 0;
            foreach (var field in line.Split('\t'))
            {
                var value = line[field];
                if (value.Length == 0 || char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))
                    throw new LexiconFormatException(path, number, "a field is empty or has surrounding spaces.");
                fields[i++] = value.ToString();
            }
            lines.Add(new LexiconLine(number, fields));
        }
        return lines;
    }
}
