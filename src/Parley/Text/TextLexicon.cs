using System.Collections.Frozen;
using Parley.Lexicons;

namespace Parley.Text;

/// <summary>The word lists that tokenising, layout and sentence splitting rely on, loaded once from the lexicons.</summary>
public sealed class TextLexicon
{
    private readonly FrozenDictionary<string, AbbreviationClass>.AlternateLookup<ReadOnlySpan<char>> abbreviations;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> sentenceStarters;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> continuationWords;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> hyphenParticiples;

    private TextLexicon()
    {
        abbreviations = LexiconFile.Read("text/abbreviations.tsv", 2)
            .ToFrozenDictionary(l => l.Fields[0], l => ParseClass(l))
            .GetAlternateLookup<ReadOnlySpan<char>>();
        sentenceStarters = Words("text/sentence-starters.txt", StringComparer.Ordinal);
        continuationWords = Words("text/continuation-words.txt", StringComparer.OrdinalIgnoreCase);
        hyphenParticiples = Words("text/hyphen-participles.txt", StringComparer.Ordinal);
    }

    /// <summary>The lexicon shipped with Parley.</summary>
    public static TextLexicon Default { get; } = new();

    /// <summary>The class of <paramref name="word"/> (without its period) as an abbreviation.</summary>
    public AbbreviationClass Abbreviation(ReadOnlySpan<char> word) =>
        abbreviations.TryGetValue(word, out var cls) ? cls : AbbreviationClass.None;

    /// <summary>True when <paramref name="word"/> usually opens a sentence.</summary>
    public bool IsSentenceStarter(ReadOnlySpan<char> word) => sentenceStarters.Contains(word);

    /// <summary>True when a line or title cannot end with <paramref name="word"/>.</summary>
    public bool IsContinuationWord(ReadOnlySpan<char> word) => continuationWords.Contains(word);

    /// <summary>True when <paramref name="word"/>, after a name and a hyphen ("Qatar-brokered"), is a word of its own.</summary>
    public bool IsHyphenParticiple(ReadOnlySpan<char> word) => hyphenParticiples.Contains(word);

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Words(string path, StringComparer comparer) =>
        LexiconFile.Read(path, 1).Select(l => l.Fields[0]).ToFrozenSet(comparer).GetAlternateLookup<ReadOnlySpan<char>>();

    private static AbbreviationClass ParseClass(LexiconLine line) => line.Fields[1] switch
    {
        "title" => AbbreviationClass.Title,
        "month" => AbbreviationClass.Month,
        "other" => AbbreviationClass.Other,
        var other => throw new LexiconFormatException("text/abbreviations.tsv", line.Number, $"unknown class '{other}' (use title, month or other)."),
    };
}
