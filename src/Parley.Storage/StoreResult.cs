namespace Parley.Storage;

/// <summary>What one write did.</summary>
/// <param name="Documents">Documents written.</param>
/// <param name="Events">Events written with them.</param>
/// <param name="Duplicates">Documents skipped because the article was already stored.</param>
public readonly record struct StoreResult(int Documents, int Events, int Duplicates)
{
    /// <summary>The two results together.</summary>
    public static StoreResult operator +(StoreResult a, StoreResult b) =>
        new(a.Documents + b.Documents, a.Events + b.Events, a.Duplicates + b.Duplicates);

    /// <summary>The two results together.</summary>
    public static StoreResult Add(StoreResult a, StoreResult b) => a + b;
}
