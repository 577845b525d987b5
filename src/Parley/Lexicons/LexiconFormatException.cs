namespace Parley.Lexicons;

/// <summary>A lexicon file breaks its format; the message names the file and line.</summary>
public sealed class LexiconFormatException(string file, int line, string reason)
    : Exception($"{file}:{line}: {reason}")
{
    /// <summary>The lexicon file, relative to <c>lexicons/</c>.</summary>
    public string File { get; } = file;

    /// <summary>One-based line number.</summary>
    public int Line { get; } = line;
}
