namespace Parley.Lexicons;

/// <summary>One data line of a lexicon file, split on tabs, with its one-based line number.</summary>
public readonly record struct LexiconLine(int Number, string[] Fields);
