using System.Reflection;

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
        using var reader = new StreamReader(stream);
        return Parse(path, reader, fieldCount);
    }

    /// <summary>Parses lexicon text; exposed for the validator and tests.</summary>
    public static IReadOnlyList<LexiconLine> Parse(string path, TextReader reader, int fieldCount)
    {
        var lines = new List<LexiconLine>();
        var number = 0;
        var sawName = false;
        var sawVersion = false;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.StartsWith('#'))
            {
                sawName |= line.StartsWith("# parley-lexicon:", StringComparison.Ordinal);
                sawVersion |= line.StartsWith("# version:", StringComparison.Ordinal);
                continue;
            }
            if (string.IsNullOrWhiteSpace(line))
                continue;
            if (!sawName || !sawVersion)
                throw new LexiconFormatException(path, number, "data before the '# parley-lexicon:' and '# version:' header lines.");
            var fields = line.Split('\t');
            if (fields.Length != fieldCount)
                throw new LexiconFormatException(path, number, $"expected {fieldCount} tab-separated field(s), found {fields.Length}.");
            if (Array.Exists(fields, f => f.Length == 0 || f.Trim().Length != f.Length))
                throw new LexiconFormatException(path, number, "a field is empty or has surrounding spaces.");
            lines.Add(new LexiconLine(number, fields));
        }
        return lines;
    }
}
