namespace Parley.Documents;

/// <summary>Coarse shape of a token, decided by the tokenizer from its characters.</summary>
public enum TokenKind : byte
{
    /// <summary>Letters, possibly with inner hyphens or apostrophes ("US-Ukraine", "O'Brien").</summary>
    Word,
    /// <summary>A number, possibly with decimal point, thousands separators or a unit suffix ("1.5", "1,000", "50bn").</summary>
    Number,
    /// <summary>An abbreviation that keeps its final period ("U.S.", "Gen.", "a.m.").</summary>
    Abbreviation,
    /// <summary>A possessive or contracted clitic split off a word ("’s", "n't").</summary>
    Clitic,
    /// <summary>Sentence-final punctuation: period, question mark, exclamation mark, ellipsis.</summary>
    Terminal,
    /// <summary>Any other punctuation or symbol.</summary>
    Punctuation,
}
