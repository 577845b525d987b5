namespace Parley.Actors;

/// <summary>The file and line a lexicon entry comes from, so messages and explanations can point at it.</summary>
public readonly record struct LexiconSource(string File, int Line)
{
    /// <inheritdoc />
    public override string ToString() => $"{File}:{Line}";
}
