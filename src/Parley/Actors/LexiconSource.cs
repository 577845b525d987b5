namespace Parley.Actors;

/// <summary>The file and line a lexicon entry comes from, so messages and explanations can point at it.</summary>
public sealed record LexiconSource(string File, int Line)
{
    // Every mention cites its entry; the text is made once per entry, not once per mention.
    private string? text;

    /// <inheritdoc />
    public override string ToString() => text ??= $"{File}:{Line}";
}
